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

    /** Bearer JWT, active when spring.security.oauth2.resourceserver.jwt.issuer-uri or jwk-set-uri is set. */
    public static class Jwt {
        /** The claim listing the roles (STAFF, ADMIN), as a JSON array or a space-separated string. */
        private String rolesClaim = "roles";

        public String getRolesClaim() {
            return rolesClaim;
        }

        public void setRolesClaim(String rolesClaim) {
            this.rolesClaim = rolesClaim;
        }
    }

    /**
     * Field rules as schema coordinates {@code Type.field}. A field of Query, Mutation or Subscription needs STAFF
     * unless it is public or admin; a field of any other type is open to whoever may read its parent unless listed.
     * Root fields whose name contains "projection" or "deadLetter" need ADMIN even when not listed.
     */
    public static class Graphql {
        /** Root fields anyone may call without signing in. */
        private Set<String> publicFields = new LinkedHashSet<>(List.of(
                "Query.vehicle", "Query.searchVehicles", "Query.suggestVehicles"));
        /** Fields that need ADMIN. */
        private Set<String> adminFields = new LinkedHashSet<>(List.of(
                "Query.projections", "Query.projection", "Query.deadLetters",
                "Mutation.rebuildProjection", "Mutation.replayProjection", "Mutation.retryDeadLetters",
                "Mutation.evictDeadLetter"));
        /** Fields of non-root types that need STAFF, e.g. staff-only data on a public type. */
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
