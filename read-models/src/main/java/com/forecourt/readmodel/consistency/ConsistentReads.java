package com.forecourt.readmodel.consistency;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.forecourt.readmodel.ReadModelQueries;
import com.forecourt.readmodel.Store;
import com.forecourt.readmodel.catalogue.ProjectionCatalogue;
import com.forecourt.readmodel.catalogue.ProjectionDescriptor;
import com.forecourt.readmodel.config.ConsistencyProperties;
import com.forecourt.readmodel.elasticsearch.VersionedIndex;
import com.forecourt.readmodel.position.TokenEntries;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Read your own writes: a query whose metadata carries {@link #POSITION} (a global position, typically the one a
 * client's mutation reached) is handled only once the projection its handler reads has handled that position; an
 * Elasticsearch read model is refreshed then, so the documents are visible too. After
 * {@code forecourt.projections.consistency.timeout} it is refused with {@link StaleRead} details instead. Queries
 * without the key are handled at once, as before.
 *
 * <p>Which projection a query reads is declared with {@link ReadModelQueries} on its handler's class. This runs on
 * the query bus of the node that handles the query, where the token store and the read models are.
 */
@Component
public class ConsistentReads implements MessageHandlerInterceptor<QueryMessage<?, ?>> {

    /** The metadata key of the position a query must see. */
    public static final String POSITION = "forecourt.consistentWith";

    private final ListableBeanFactory beans;
    private final ProjectionCatalogue catalogue;
    private final TokenEntries tokens;
    private final CommittedEvents committed;
    private final ElasticsearchClient elasticsearch;
    private final ConsistencyProperties settings;
    private final Clock clock;
    private volatile Map<Class<?>, String> projectionByQuery;

    ConsistentReads(ListableBeanFactory beans, ProjectionCatalogue catalogue, TokenEntries tokens,
                    CommittedEvents committed, ElasticsearchClient elasticsearch, ConsistencyProperties settings,
                    Clock clock) {
        this.beans = beans;
        this.catalogue = catalogue;
        this.tokens = tokens;
        this.committed = committed;
        this.elasticsearch = elasticsearch;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Object handle(UnitOfWork<? extends QueryMessage<?, ?>> unitOfWork,
                         InterceptorChain chain) throws Exception {
        Object position = unitOfWork.getMessage().getMetaData().get(POSITION);
        if (position instanceof Number wanted) {
            String projection = projectionByQuery().get(unitOfWork.getMessage().getPayloadType());
            if (projection != null) {
                awaitHandled(projection, wanted.longValue());
            }
        }
        return chain.proceed();
    }

    /**
     * Returns once the projection has handled the position (and its indices were refreshed).
     *
     * @throws QueryExecutionException with {@link StaleRead} details when it has not within the timeout
     */
    void awaitHandled(String name, long position) throws InterruptedException {
        Instant deadline = clock.instant().plus(settings.timeout());
        while (!ProcessedPosition.hasHandled(tokens.read(name).stream().map(TokenEntries.TokenEntry::token).toList(),
                position, committed::among)) {
            if (!clock.instant().isBefore(deadline)) {
                throw new QueryExecutionException("The read model " + name + " has not caught up with position "
                        + position + " yet; try again shortly", null, new StaleRead(name, position));
            }
            Thread.sleep(settings.pollInterval().toMillis());
        }
        catalogue.find(name).filter(projection -> projection.store() == Store.ELASTICSEARCH)
                .ifPresent(this::refresh);
    }

    private void refresh(ProjectionDescriptor projection) {
        for (String index : projection.indices()) {
            try {
                elasticsearch.indices().refresh(request -> request.index(new VersionedIndex(index).alias()));
            } catch (IOException unreachable) {
                throw new UncheckedIOException(unreachable);
            }
        }
    }

    /** Query payload types to the projection their handler's class declares, read once from the beans. */
    private Map<Class<?>, String> projectionByQuery() {
        Map<Class<?>, String> known = projectionByQuery;
        if (known == null) {
            known = new HashMap<>();
            for (String bean : beans.getBeanNamesForAnnotation(ReadModelQueries.class)) {
                Class<?> type = Objects.requireNonNull(beans.getType(bean));
                String projection = Optional.ofNullable(AnnotatedElementUtils.findMergedAnnotation(type,
                        ReadModelQueries.class)).map(ReadModelQueries::value).orElseThrow();
                for (Method method : type.getDeclaredMethods()) {
                    if (method.isAnnotationPresent(QueryHandler.class) && method.getParameterCount() > 0) {
                        known.put(method.getParameterTypes()[0], projection);
                    }
                }
            }
            projectionByQuery = Map.copyOf(known);
        }
        return known;
    }
}
