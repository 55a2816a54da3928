package com.forecourt.readmodel.processing;

import com.forecourt.readmodel.elasticsearch.BulkWriter;
import com.forecourt.readmodel.ReadModel;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Runs an event handler of a read model ({@link ReadModel} on its class) isolated when {@link ProjectionIsolation}
 * asks for it: in a transaction of its own, committed when the handler returns, with its Elasticsearch writes sent at
 * once ({@link BulkWriter#isolated}). A row or document the store refuses then fails the handler itself, inside the
 * dead-letter queue's reach, instead of the batch's commit. Every other handler is left as it is.
 */
@Component
class IsolatedEventHandlers implements HandlerEnhancerDefinition {

    private final ObjectProvider<BulkWriter> bulkWriter;

    IsolatedEventHandlers(ObjectProvider<BulkWriter> bulkWriter) {
        this.bulkWriter = bulkWriter;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        boolean readModel = original.canHandleMessageType(EventMessage.class)
                && original.unwrap(java.lang.reflect.Member.class)
                .map(member -> AnnotatedElementUtils.hasAnnotation(member.getDeclaringClass(), ReadModel.class))
                .orElse(false);
        return readModel ? new Isolating<>(original) : original;
    }

    private final class Isolating<T> extends WrappedMessageHandlingMember<T> {

        Isolating(MessageHandlingMember<T> delegate) {
            super(delegate);
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            Optional<TransactionManager> isolated = ProjectionIsolation.isolatedTransactions();
            if (isolated.isEmpty()) {
                return super.handle(message, target);
            }
            Transaction transaction = isolated.get().startTransaction();
            Object result;
            try {
                result = bulkWriter.getObject().isolated(() -> super.handle(message, target));
            } catch (Exception | Error failure) {
                transaction.rollback();
                throw failure;
            }
            transaction.commit(); // a row PostgreSQL refuses fails here, so it fails this event's handler too
            return result;
        }
    }
}
