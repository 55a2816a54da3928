package com.forecourt.customer.graphql;

import com.forecourt.customer.api.Address;
import com.forecourt.customer.api.ChangeCreditLimit;
import com.forecourt.customer.api.RegisterCustomer;
import com.forecourt.customer.query.CustomerView;
import com.forecourt.customer.query.FindCustomer;
import com.forecourt.queryside.graphql.InvalidInputException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** The customer page and customer commands. */
@Controller
class CustomerGraphqlController {

    private final QueryGateway queries;
    private final CommandGateway commands;

    CustomerGraphqlController(QueryGateway queries, CommandGateway commands) {
        this.queries = queries;
        this.commands = commands;
    }

    /** The GraphQL {@code RegisterCustomerInput}. */
    record RegisterCustomerInput(String id, String name, String email, String address, long creditLimitPence) {
    }

    /** One line of {@code Customer.orderCounts}. */
    record OrderCount(String status, long count) {
    }

    @QueryMapping
    CompletableFuture<CustomerView> customer(@Argument String id) {
        return queries.query(new FindCustomer(uuid("id", id)), ResponseTypes.instanceOf(CustomerView.class));
    }

    @MutationMapping
    CompletableFuture<String> registerCustomer(@Argument RegisterCustomerInput input) {
        RegisterCustomer command = new RegisterCustomer(uuid("input.id", input.id()), input.name(), input.email(),
                address(input.address()), input.creditLimitPence());
        return commands.send(command).thenApply(result -> command.customerId().toString());
    }

    @MutationMapping
    CompletableFuture<String> changeCreditLimit(@Argument String customerId, @Argument long creditLimitPence) {
        ChangeCreditLimit command = new ChangeCreditLimit(uuid("customerId", customerId), creditLimitPence);
        return commands.send(command).thenApply(result -> command.customerId().toString());
    }

    @SchemaMapping(typeName = "Customer", field = "id")
    String id(CustomerView customer) {
        return customer.id().toString();
    }

    @SchemaMapping(typeName = "Customer", field = "orderCounts")
    List<OrderCount> orderCounts(CustomerView customer) {
        return customer.orderCounts().entrySet().stream()
                .map(entry -> new OrderCount(entry.getKey().name(), entry.getValue()))
                .toList();
    }

    /** "line 1, [line 2,] town, postcode": the last two parts are town and postcode, everything between is line 2. */
    static Address address(String oneLine) {
        List<String> parts = oneLine == null ? List.of()
                : Arrays.stream(oneLine.split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList();
        if (parts.size() < 3) {
            throw new InvalidInputException("address must be 'line 1, [line 2,] town, postcode'; got " + oneLine);
        }
        String line2 = String.join(", ", parts.subList(1, parts.size() - 2));
        return new Address(parts.get(0), line2, parts.get(parts.size() - 2), parts.get(parts.size() - 1));
    }

    private static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (RuntimeException e) {
            throw new InvalidInputException(field + " must be a UUID; got " + value);
        }
    }
}
