package com.forecourt.customer.command;

import com.forecourt.common.ErrorCode;
import com.forecourt.customer.api.Address;
import com.forecourt.customer.api.ChangeCreditLimit;
import com.forecourt.customer.api.ChangeCustomerAddress;
import com.forecourt.customer.api.CreditLimitChanged;
import com.forecourt.customer.api.CreditLimitExceeded;
import com.forecourt.customer.api.CreditReleased;
import com.forecourt.customer.api.CreditSettled;
import com.forecourt.customer.api.CustomerAddressChanged;
import com.forecourt.customer.api.ReleaseCredit;
import com.forecourt.customer.api.ReserveCredit;
import com.forecourt.customer.api.SettleCredit;
import com.forecourt.platform.axon.TargetedCommandTargetResolver;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static com.forecourt.customer.command.Customers.ANN_ADDRESS;
import static com.forecourt.customer.command.Customers.ANN_ID;
import static com.forecourt.customer.command.Customers.ANN_LIMIT;
import static com.forecourt.customer.command.Customers.ANOTHER_ORDER;
import static com.forecourt.customer.command.Customers.AN_ORDER;
import static com.forecourt.customer.command.Customers.BOB_ID;
import static com.forecourt.customer.command.Customers.ann;
import static com.forecourt.customer.command.Customers.annReserved;
import static com.forecourt.customer.command.Customers.registered;
import static com.forecourt.customer.command.Customers.withAddress;
import static com.forecourt.customer.command.Customers.withCreditLimit;
import static com.forecourt.customer.command.Customers.withEmail;
import static com.forecourt.customer.command.Customers.withId;
import static com.forecourt.customer.command.Customers.withName;
import static com.forecourt.testing.Rejections.rejectedWith;
import static org.assertj.core.api.Assertions.assertThat;

class CustomerTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");
    private static final Instant EARLIER = NOW.minus(1, ChronoUnit.HOURS);
    private static final Address NEW_ADDRESS = new Address("2 Low Road", "Flat 3", "York", "YO1 7HH");

    private AggregateTestFixture<Customer> fixture;
    private InMemoryCustomerEmails emails;

    @BeforeEach
    void setUp() {
        emails = new InMemoryCustomerEmails();
        fixture = new AggregateTestFixture<>(Customer.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(emails);
        fixture.registerCommandTargetResolver(new TargetedCommandTargetResolver());
    }

    @Test
    void canRegisterACustomer() {
        fixture.givenNoPriorActivity()
                .when(ann())
                .expectEvents(registered(ann(), NOW));
        assertThat(emails.claims()).containsExactlyEntriesOf(Map.of("ann.smith@example.com", ANN_ID));
    }

    @Test
    void canRegisterACustomerWhoseDetailsHaveSurroundingBlanks() {
        fixture.givenNoPriorActivity()
                .when(withAddress(withEmail(withName(ann(), "  Ann Smith "), " Ann.Smith@Example.com "),
                        new Address(" 1 High Street ", " ", " Leeds", " ls1 1aa ")))
                .expectEvents(registered(ann(), NOW));
    }

    @Test
    void canRegisterACustomerWithoutASecondAddressLine() {
        fixture.givenNoPriorActivity()
                .when(withAddress(ann(), new Address("1 High Street", null, "Leeds", "LS1 1AA")))
                .expectEvents(registered(ann(), NOW));
    }

    @Test
    void canResendTheSameRegistrationWithoutASecondEvent() {
        fixture.given(registered(ann(), EARLIER))
                .when(ann())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotRegisterDifferentDetailsUnderARegisteredId() {
        fixture.given(registered(ann(), EARLIER))
                .when(withName(ann(), "Ann Jones"))
                .expectException(rejectedWith(ErrorCode.CUSTOMER_ALREADY_REGISTERED))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterAnEmailAnotherCustomerRegisteredInAnotherCase() {
        emails.claim("ann.smith@example.com", BOB_ID);
        fixture.givenNoPriorActivity()
                .when(withEmail(ann(), "ANN.SMITH@example.COM"))
                .expectException(rejectedWith(ErrorCode.EMAIL_ALREADY_REGISTERED))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterAMalformedEmail() {
        fixture.givenNoPriorActivity()
                .when(withEmail(ann(), "ann.smith.example.com"))
                .expectException(rejectedWith(ErrorCode.INVALID_EMAIL))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterAnEmailWithANulByte() {
        fixture.givenNoPriorActivity()
                .when(withEmail(ann(), "ann\u0000@example.com"))
                .expectException(rejectedWith(ErrorCode.INVALID_EMAIL))
                .expectNoEvents();
        assertThat(emails.claims()).isEmpty();
    }

    @Test
    void cannotRegisterAPostcodeOutsideTheUkFormat() {
        fixture.givenNoPriorActivity()
                .when(withAddress(ann(), new Address("1 High Street", null, "Leeds", "75001")))
                .expectException(rejectedWith(ErrorCode.INVALID_POSTCODE))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterANameWithAControlCharacter() {
        fixture.givenNoPriorActivity()
                .when(withName(ann(), "Ann\u0007Smith"))
                .expectException(rejectedWith(ErrorCode.BAD_USER_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterWithoutAName() {
        fixture.givenNoPriorActivity()
                .when(withName(ann(), " "))
                .expectException(rejectedWith(ErrorCode.BAD_USER_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterWithoutAPostcode() {
        fixture.givenNoPriorActivity()
                .when(withAddress(ann(), new Address("1 High Street", "", "Leeds", "")))
                .expectException(rejectedWith(ErrorCode.INVALID_POSTCODE))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterWithANegativeCreditLimit() {
        fixture.givenNoPriorActivity()
                .when(withCreditLimit(ann(), -1))
                .expectException(rejectedWith(ErrorCode.BAD_USER_INPUT))
                .expectNoEvents();
        assertThat(emails.claims()).isEmpty();
    }

    @Test
    void canRegisterWithACreditLimitOfZero() {
        fixture.givenNoPriorActivity()
                .when(withCreditLimit(withId(ann(), BOB_ID), 0))
                .expectEvents(registered(withCreditLimit(withId(ann(), BOB_ID), 0), NOW));
    }

    @Test
    void canChangeTheAddress() {
        fixture.given(registered(ann(), EARLIER))
                .when(new ChangeCustomerAddress(ANN_ID, NEW_ADDRESS))
                .expectEvents(new CustomerAddressChanged(ANN_ID, NEW_ADDRESS, NOW));
    }

    @Test
    void canChangeTheAddressToTheSameAddressWithoutAnEvent() {
        fixture.given(registered(ann(), EARLIER))
                .when(new ChangeCustomerAddress(ANN_ID, ANN_ADDRESS))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotChangeTheAddressToAnIncompleteOne() {
        fixture.given(registered(ann(), EARLIER))
                .when(new ChangeCustomerAddress(ANN_ID, new Address("2 Low Road", null, null, "YO1 7HH")))
                .expectException(rejectedWith(ErrorCode.BAD_USER_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotChangeTheAddressOfAnUnknownCustomer() {
        fixture.givenNoPriorActivity()
                .when(new ChangeCustomerAddress(ANN_ID, NEW_ADDRESS))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void canChangeTheCreditLimit() {
        fixture.given(registered(ann(), EARLIER))
                .when(new ChangeCreditLimit(ANN_ID, 500_000L))
                .expectEvents(new CreditLimitChanged(ANN_ID, ANN_LIMIT, 500_000L, NOW));
    }

    @Test
    void canChangeTheCreditLimitToTheSameLimitWithoutAnEvent() {
        fixture.given(registered(ann(), EARLIER))
                .when(new ChangeCreditLimit(ANN_ID, ANN_LIMIT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotChangeTheCreditLimitToANegativeAmount() {
        fixture.given(registered(ann(), EARLIER))
                .when(new ChangeCreditLimit(ANN_ID, -1))
                .expectException(rejectedWith(ErrorCode.BAD_USER_INPUT))
                .expectNoEvents();
    }

    @Test
    void canReserveCreditWithinTheLimit() {
        fixture.given(registered(ann(), EARLIER))
                .when(new ReserveCredit(ANN_ID, AN_ORDER, ANN_LIMIT))
                .expectEvents(annReserved(AN_ORDER, ANN_LIMIT, NOW));
    }

    @Test
    void canReserveCreditAgainForTheSameOrderWithoutASecondEvent() {
        fixture.given(registered(ann(), EARLIER), annReserved(AN_ORDER, 1_000_000L, EARLIER))
                .when(new ReserveCredit(ANN_ID, AN_ORDER, 1_000_000L))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotReserveADifferentAmountForAnOrderThatHoldsCredit() {
        fixture.given(registered(ann(), EARLIER), annReserved(AN_ORDER, 1_000_000L, EARLIER))
                .when(new ReserveCredit(ANN_ID, AN_ORDER, 900_000L))
                .expectException(rejectedWith(ErrorCode.CREDIT_ALREADY_RESERVED))
                .expectNoEvents();
    }

    @Test
    void cannotReserveMoreThanTheLimitMinusActiveReservations() {
        fixture.given(registered(ann(), EARLIER), annReserved(AN_ORDER, 1_500_000L, EARLIER))
                .when(new ReserveCredit(ANN_ID, ANOTHER_ORDER, 500_001L))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CreditLimitExceeded(ANN_ID, ANOTHER_ORDER, 500_001L, 500_000L, NOW));
    }

    @Test
    void cannotReserveMoreThanTheLimitMinusSettledCredit() {
        fixture.given(registered(ann(), EARLIER), annReserved(AN_ORDER, 1_500_000L, EARLIER),
                        new CreditSettled(ANN_ID, AN_ORDER, 1_500_000L, EARLIER))
                .when(new ReserveCredit(ANN_ID, ANOTHER_ORDER, 600_000L))
                .expectEvents(new CreditLimitExceeded(ANN_ID, ANOTHER_ORDER, 600_000L, 500_000L, NOW));
    }

    @Test
    void canReserveCreditThatAReleaseMadeAvailableAgain() {
        fixture.given(registered(ann(), EARLIER), annReserved(AN_ORDER, 1_500_000L, EARLIER),
                        new CreditReleased(ANN_ID, AN_ORDER, 1_500_000L, EARLIER))
                .when(new ReserveCredit(ANN_ID, ANOTHER_ORDER, ANN_LIMIT))
                .expectEvents(annReserved(ANOTHER_ORDER, ANN_LIMIT, NOW));
    }

    @Test
    void cannotReserveCreditAfterTheLimitWasLoweredBelowWhatIsInUse() {
        fixture.given(registered(ann(), EARLIER), annReserved(AN_ORDER, 1_500_000L, EARLIER),
                        new CreditLimitChanged(ANN_ID, ANN_LIMIT, 1_000_000L, EARLIER))
                .when(new ReserveCredit(ANN_ID, ANOTHER_ORDER, 1L))
                .expectEvents(new CreditLimitExceeded(ANN_ID, ANOTHER_ORDER, 1L, 0L, NOW));
    }

    @Test
    void cannotReserveANonPositiveAmount() {
        fixture.given(registered(ann(), EARLIER))
                .when(new ReserveCredit(ANN_ID, AN_ORDER, 0))
                .expectException(rejectedWith(ErrorCode.BAD_USER_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotReserveCreditOfAnUnknownCustomer() {
        fixture.givenNoPriorActivity()
                .when(new ReserveCredit(ANN_ID, AN_ORDER, 1_000L))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void canReleaseTheCreditOfAnOrder() {
        fixture.given(registered(ann(), EARLIER), annReserved(AN_ORDER, 1_000_000L, EARLIER))
                .when(new ReleaseCredit(ANN_ID, AN_ORDER))
                .expectEvents(new CreditReleased(ANN_ID, AN_ORDER, 1_000_000L, NOW));
    }

    @Test
    void canReleaseCreditAnOrderDoesNotHoldWithoutAnEvent() {
        fixture.given(registered(ann(), EARLIER), annReserved(AN_ORDER, 1_000_000L, EARLIER))
                .when(new ReleaseCredit(ANN_ID, ANOTHER_ORDER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void canSettleTheCreditOfAnOrder() {
        fixture.given(registered(ann(), EARLIER), annReserved(AN_ORDER, 1_000_000L, EARLIER))
                .when(new SettleCredit(ANN_ID, AN_ORDER))
                .expectEvents(new CreditSettled(ANN_ID, AN_ORDER, 1_000_000L, NOW));
    }

    @Test
    void canSettleTheCreditOfAnOrderTwiceWithoutASecondEvent() {
        fixture.given(registered(ann(), EARLIER), annReserved(AN_ORDER, 1_000_000L, EARLIER),
                        new CreditSettled(ANN_ID, AN_ORDER, 1_000_000L, EARLIER))
                .when(new SettleCredit(ANN_ID, AN_ORDER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotSettleCreditAnOrderDoesNotHold() {
        fixture.given(registered(ann(), EARLIER))
                .when(new SettleCredit(ANN_ID, AN_ORDER))
                .expectException(rejectedWith(ErrorCode.CREDIT_NOT_RESERVED_FOR_ORDER))
                .expectNoEvents();
    }
}
