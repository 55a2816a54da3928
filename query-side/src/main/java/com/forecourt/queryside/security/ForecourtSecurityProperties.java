package com.forecourt.queryside.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

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
