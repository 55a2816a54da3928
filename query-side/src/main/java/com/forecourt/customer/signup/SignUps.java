package com.forecourt.customer.signup;

import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.CommandRejection;
import com.forecourt.common.ErrorCode;
import com.forecourt.common.input.EmailAddresses;
import com.forecourt.common.input.Text;
import com.forecourt.common.input.UkPostcodes;
import com.forecourt.customer.api.Address;
import com.forecourt.customer.api.RegisterCustomer;
import com.forecourt.queryside.graphql.GraphqlErrorCodes;
import com.forecourt.queryside.graphql.RefusedRequestException;
import com.forecourt.queryside.security.Caller;
import com.forecourt.queryside.security.ForecourtSecurityProperties;
import com.forecourt.queryside.security.provider.BuyerLogins;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A buyer signing up: the {@code Customer} aggregate registered ({@code RegisterCustomer}) and a login to sign in
 * with at the embedded provider ({@link BuyerLogins}), both or neither.
 *
 * <p>The two live in different stores (the event store of the command side, the query side's PostgreSQL), so no
 * transaction spans them; the order of the steps makes every failure end in a known state:
 * <ol>
 *   <li>input checked (the input policy, the password rules) and one sign-up taken from the address's allowance;</li>
 *   <li>the login written, <em>disabled</em>, with a new customer id (a login for the address that can sign in
 *   already: EMAIL_ALREADY_REGISTERED, without a command);</li>
 *   <li>{@code RegisterCustomer} sent with that id;</li>
 *   <li>accepted: the login enabled. Refused (EMAIL_ALREADY_REGISTERED because staff registered the address, or any
 *   other rule): the login deleted, so none is left behind. No answer (a timeout, the command side unreachable,
 *   a crash): the login stays disabled, and the next sign-up with the address resends the registration with the
 *   same customer id; the aggregate accepts an identical one again, and a registration that did happen with other
 *   details (CUSTOMER_ALREADY_REGISTERED) is that address's customer, so the login is enabled for it.</li>
 * </ol>
 * A disabled login signs in like an unknown address. The password exists only as a bcrypt hash in the login; it is
 * in no command, event or log line.
 */
@Service
@EnableConfigurationProperties(SignUpProperties.class)
public class SignUps {

    private static final Logger log = LoggerFactory.getLogger(SignUps.class);
    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_ADDRESS_LINE_LENGTH = 100;

    private final CommandGateway commands;
    private final ObjectProvider<BuyerLogins> logins;
    private final SignUpThrottle throttle;
    private final SignUpProperties properties;
    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    SignUps(CommandGateway commands, ObjectProvider<BuyerLogins> logins, ForecourtSecurityProperties security,
            SignUpProperties properties) {
        this.commands = commands;
        this.logins = logins;
        this.throttle = new SignUpThrottle(security.getSignUp());
        this.properties = properties;
    }

    /** What a buyer gives to sign up; {@link #toString()} leaves the password out. */
    public record Application(String name, String email, String password, Address address) {
        @Override
        public String toString() {
            return "Application[password hidden]";
        }
    }

    /**
     * Signs a buyer up.
     *
     * @return the new customer's id, once the customer is registered and the login can sign in
     * @throws RefusedRequestException TOO_MANY_REQUESTS, WEAK_PASSWORD, SIGN_UP_DISABLED
     * @throws CommandRejectedException BAD_USER_INPUT, INVALID_EMAIL, INVALID_POSTCODE, EMAIL_ALREADY_REGISTERED,
     *                                  CONCURRENT_MODIFICATION (a sign-up with the address is in flight)
     */
    public CompletableFuture<UUID> signUp(Application application, Caller caller) {
        BuyerLogins store = logins.getIfAvailable();
        if (store == null) {
            throw new RefusedRequestException(GraphqlErrorCodes.SIGN_UP_DISABLED, ErrorType.BAD_REQUEST,
                    "Accounts are made at the identity provider this shop uses, not here");
        }
        throttle.take(caller.clientAddress());
        String name = Text.singleLine("input.name", application.name(), MAX_NAME_LENGTH);
        String email = EmailAddresses.canonical("input.email", application.email());
        Address address = address(application.address());
        PasswordRules.check("input.password", application.password(), email);
        BuyerLogins.Pending pending = store.begin(email, passwords.encode(application.password()));
        RegisterCustomer command = new RegisterCustomer(pending.customerId(), name, email, address,
                properties.getNewCustomerCreditPence());
        return commands.send(command).handle((result, failure) -> {
            if (failure == null) {
                return enable(store, pending);
            }
            Optional<ErrorCode> refusal = refusal(failure);
            if (refusal.isPresent() && refusal.get() == ErrorCode.CUSTOMER_ALREADY_REGISTERED && pending.resumed()) {
                return enable(store, pending); // an earlier sign-up with this address registered it
            }
            if (refusal.isPresent()) {
                store.abandon(pending);
            } else {
                store.release(pending);
                log.warn("Sign-up of customer {} ended without an answer; its login waits for the next sign-up with "
                        + "the same address: {}", pending.customerId(), failure.getClass().getName());
            }
            throw failure instanceof CompletionException completion ? completion : new CompletionException(failure);
        });
    }

    private static UUID enable(BuyerLogins store, BuyerLogins.Pending pending) {
        if (!store.complete(pending)) {
            throw new CommandRejectedException(ErrorCode.CONCURRENT_MODIFICATION,
                    "Another sign-up with this e-mail address took over; sign in, or try again");
        }
        return pending.customerId();
    }

    /** The business refusal a failed command carries, in one process or through Axon Server; empty if none. */
    private static Optional<ErrorCode> refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CommandRejectedException rejected) {
                return Optional.of(rejected.code());
            }
            if (cause instanceof CommandExecutionException execution
                    && execution.getDetails().orElse(null) instanceof CommandRejection rejection) {
                return Optional.of(rejection.code());
            }
        }
        return Optional.empty();
    }

    private static Address address(Address address) {
        if (address == null) {
            throw new CommandRejectedException(ErrorCode.BAD_USER_INPUT, "input.address is required");
        }
        return new Address(
                Text.singleLine("input.address.line1", address.line1(), MAX_ADDRESS_LINE_LENGTH),
                Text.optionalSingleLine("input.address.line2", address.line2(), MAX_ADDRESS_LINE_LENGTH),
                Text.singleLine("input.address.town", address.town(), MAX_ADDRESS_LINE_LENGTH),
                UkPostcodes.canonical("input.address.postcode", address.postcode()));
    }
}
