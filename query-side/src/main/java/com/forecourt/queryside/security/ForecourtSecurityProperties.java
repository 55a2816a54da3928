package com.forecourt.queryside.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code forecourt.security.*}: the users HTTP Basic knows, the JWT claim that carries roles, and which GraphQL
 * fields need which role.
 */
@ConfigurationProperties("forecourt.security")
public class ForecourtSecurityProperties {

    /** Users for HTTP Basic; passwords with an encoder prefix, {@code {bcrypt}…} (or {@code {noop}…} outside production). */
    private List<User> users = new ArrayList<>();
    private final Jwt jwt = new Jwt();
    private final Graphql graphql = new Graphql();
    private final SignIn signIn = new SignIn();
    private final SignUp signUp = new SignUp();

    public List<User> getUsers() {
        return users;
    }

    public void setUsers(List<User> users) {
        this.users = users;
    }

    public Jwt getJwt() {
        return jwt;
    }

    public Graphql getGraphql() {
        return graphql;
    }

    public SignIn getSignIn() {
        return signIn;
    }

    public SignUp getSignUp() {
        return signUp;
    }

    /**
     * {@code forecourt.security.sign-up.*}: how many sign-ups (successful or not) a client address may make within
     * {@code period}; more are refused with TOO_MANY_REQUESTS until the bucket refills.
     */
    public static class SignUp {
        /** Sign-ups per client address (an IPv6 /64 counts as one) and period. */
        private int perAddress = 10;
        /** The period in which the allowance comes back whole. */
        private Duration period = Duration.ofHours(1);

        public int getPerAddress() {
            return perAddress;
        }

        public void setPerAddress(int perAddress) {
            if (perAddress < 1) {
                throw new IllegalArgumentException("forecourt.security.sign-up.per-address must be at least 1: "
                        + perAddress);
            }
            this.perAddress = perAddress;
        }

        public Duration getPeriod() {
            return period;
        }

        public void setPeriod(Duration period) {
            if (period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("forecourt.security.sign-up.period must be positive: " + period);
            }
            this.period = period;
        }
    }

    /**
     * {@code forecourt.security.sign-in.*}: how many failed sign-ins a user name and a client address may have within
     * {@code period} before further attempts are refused with HTTP 429 (TOO_MANY_REQUESTS) until the bucket refills.
     */
    public static class SignIn {
        /** Failed sign-ins per user name (any case) and period. */
        private int failuresPerUser = 10;
        /** Failed sign-ins per client address (an IPv6 /64 counts as one) and period. */
        private int failuresPerAddress = 30;
        /** The period in which the buckets refill completely (continuously, not all at once). */
        private Duration period = Duration.ofMinutes(1);

        public int getFailuresPerUser() {
            return failuresPerUser;
        }

        public void setFailuresPerUser(int failuresPerUser) {
            this.failuresPerUser = positive("failures-per-user", failuresPerUser);
        }

        public int getFailuresPerAddress() {
            return failuresPerAddress;
        }

        public void setFailuresPerAddress(int failuresPerAddress) {
            this.failuresPerAddress = positive("failures-per-address", failuresPerAddress);
        }

        public Duration getPeriod() {
            return period;
        }

        public void setPeriod(Duration period) {
            if (period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("forecourt.security.sign-in.period must be positive: " + period);
            }
            this.period = period;
        }

        private static int positive(String name, int value) {
            if (value < 1) {
                throw new IllegalArgumentException("forecourt.security.sign-in." + name + " must be at least 1: " + value);
            }
            return value;
        }
    }

    /** One user for HTTP Basic. */
    public static class User {
        private String name;
        private String password;
        private List<String> roles = new ArrayList<>();

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public List<String> getRoles() {
            return roles;
        }

        public void setRoles(List<String> roles) {
            this.roles = roles;
        }
    }

    /**
     * Bearer JWTs: from the embedded provider, or from the issuer of
     * spring.security.oauth2.resourceserver.jwt.issuer-uri (or jwk-set-uri). The embedded provider writes its tokens
     * with these claim names too.
     */
    public static class Jwt {
        /** The claim listing the roles (STAFF, ADMIN, CUSTOMER), as a JSON array or a space-separated string. */
        private String rolesClaim = "roles";
        /** The claim naming a buyer's customer id (a UUID); required in every token with role CUSTOMER. */
        private String customerIdClaim = "customer_id";

        public String getCustomerIdClaim() {
            return customerIdClaim;
        }

        public void setCustomerIdClaim(String customerIdClaim) {
            this.customerIdClaim = customerIdClaim;
        }

        public String getRolesClaim() {
            return rolesClaim;
        }

        public void setRolesClaim(String rolesClaim) {
            this.rolesClaim = rolesClaim;
        }
    }

    /**
     * Overrides of the field rules the schema declares ({@code @public}, {@code @requires}, {@code @owner}; see
     * {@code FieldRules}), as schema coordinates {@code Type.field}; all empty by default. A coordinate in
     * admin-fields needs ADMIN, else in staff-fields STAFF, else in public-fields nobody, whatever the schema says.
     */
    public static class Graphql {
        /** Fields anyone may call without signing in. */
        private Set<String> publicFields = new LinkedHashSet<>();
        /** Fields that need ADMIN. */
        private Set<String> adminFields = new LinkedHashSet<>();
        /** Fields that need STAFF. */
        private Set<String> staffFields = new LinkedHashSet<>();

        public Set<String> getPublicFields() {
            return publicFields;
        }

        public void setPublicFields(Set<String> publicFields) {
            this.publicFields = publicFields;
        }

        public Set<String> getAdminFields() {
            return adminFields;
        }

        public void setAdminFields(Set<String> adminFields) {
            this.adminFields = adminFields;
        }

        public Set<String> getStaffFields() {
            return staffFields;
        }

        public void setStaffFields(Set<String> staffFields) {
            this.staffFields = staffFields;
        }
    }
}
