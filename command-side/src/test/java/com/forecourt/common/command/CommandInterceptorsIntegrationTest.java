package com.forecourt.common.command;

import com.forecourt.testing.CommandSideIntegrationSupport;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each command handler interceptor the application declares runs once per command. Axon's auto-configuration puts
 * every such bean on the command bus; one registered by hand as well would run twice. The bus calls each entry of its
 * interceptor list once per command, so the test counts the entries.
 */
class CommandInterceptorsIntegrationTest extends CommandSideIntegrationSupport {

    @Autowired
    private CommandBus commandBus;
    @Autowired
    private Map<String, MessageHandlerInterceptor<? super CommandMessage<?>>> declared;

    @Test
    void canRunEachDeclaredCommandInterceptorOncePerCommand() {
        List<?> onTheBus = interceptorsOn(commandBus);

        assertThat(declared).containsKeys("missingAggregateInterceptor", "commandRejectionInterceptor");
        declared.forEach((name, interceptor) -> assertThat(onTheBus.stream().filter(interceptor::equals).count())
                .as("calls of %s per command", name).isEqualTo(1));
    }

    private static List<?> interceptorsOn(CommandBus bus) {
        assertThat(bus).isInstanceOf(SimpleCommandBus.class);
        return (List<?>) ReflectionTestUtils.getField(bus, "handlerInterceptors");
    }
}
