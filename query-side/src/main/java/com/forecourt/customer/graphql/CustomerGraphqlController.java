package com.forecourt.customer.graphql;

import com.forecourt.customer.api.Address;
import com.forecourt.customer.api.ChangeCustomerAddress;
import com.forecourt.customer.api.ChangeCreditLimit;
import com.forecourt.customer.api.RegisterCustomer;
import com.forecourt.customer.query.CustomerView;
import com.forecourt.customer.query.FindCustomer;
import com.forecourt.customer.signup.SignUps;
import com.forecourt.queryside.security.Caller;
import graphql.GraphQLContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** The customer page and customer commands, a buyer's own customer ({@code me}) and signing up. */
@Controller
class CustomerGraphqlController {

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final SignUps signUps;

    CustomerGraphqlController(QueryGateway queries, CommandGateway commands, SignUps signUps) {
        this.queries = queries;
        this.commands = commands;
        this.signUps = signUps;
    }

    /** The GraphQL {@code RegisterCustomerInput}. */
    record RegisterCustomerInput(UUID id, String name, String email, Address address, long creditLimitPence) {
    }

    /** One line of {@code Customer.orderCounts}. */
    record OrderCount(String status, long count) {
    }

    @QueryMapping
    CompletableFuture<CustomerView> customer(@Argument UUID id) {
        return queries.query(new FindCustomer(id), ResponseTypes.instanceOf(CustomerView.class));
    }

    /** The signed-in buyer's own customer: the id comes from their token, never from input. */
    @QueryMapping
    CompletableFuture<CustomerView> me(GraphQLContext context) {
        UUID own = Caller.of(context).ownCustomerId("Query.me");
        return queries.query(new FindCustomer(own), ResponseTypes.instanceOf(CustomerView.class));
    }

    /** The GraphQL {@code SignUpInput} is bound straight to {@link SignUps.Application}, which never prints the password. */
    @MutationMapping
    CompletableFuture<String> signUp(@Argument SignUps.Application input, GraphQLContext context) {
        return signUps.signUp(input, Caller.of(context)).thenApply(UUID::toString);
    }

    @MutationMapping
    CompletableFuture<String> registerCustomer(@Argument RegisterCustomerInput input) {
        RegisterCustomer command = new RegisterCustomer(input.id(), input.name(),
                input.email(), input.address(), input.creditLimitPence());
        return commands.send(command).thenApply(result -> command.customerId().toString());
    }

    @MutationMapping
    CompletableFuture<String> changeCustomerAddress(@Argument UUID customerId, @Argument Address address) {
        ChangeCustomerAddress command = new ChangeCustomerAddress(customerId, address);
        return commands.send(command).thenApply(result -> command.customerId().toString());
    }

    @MutationMapping
    CompletableFuture<String> changeCreditLimit(@Argument UUID customerId, @Argument long creditLimitPence) {
        ChangeCreditLimit command = new ChangeCreditLimit(customerId, creditLimitPence);
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
}
