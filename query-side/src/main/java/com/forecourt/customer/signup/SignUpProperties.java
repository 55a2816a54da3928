package com.forecourt.customer.signup;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code forecourt.storefront.*} as sign-up reads it: what a buyer's account starts with. */
@ConfigurationProperties("forecourt.storefront")
public class SignUpProperties {

    /** The credit limit, in pence, of a customer who signs up (staff can change it with changeCreditLimit). */
    private long newCustomerCreditPence = 5_000_000;

    public long getNewCustomerCreditPence() {
        return newCustomerCreditPence;
    }

    public void setNewCustomerCreditPence(long newCustomerCreditPence) {
        if (newCustomerCreditPence < 0) {
            throw new IllegalArgumentException("forecourt.storefront.new-customer-credit-pence must not be negative");
        }
        this.newCustomerCreditPence = newCustomerCreditPence;
    }
}
