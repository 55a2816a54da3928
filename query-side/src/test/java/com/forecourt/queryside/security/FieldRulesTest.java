package com.forecourt.queryside.security;

import com.forecourt.queryside.graphql.RefusedRequestException;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The field rules as the schema declares them, without a server: schemas built from SDL by graphql-java. */
class FieldRulesTest {

    private static final String DIRECTIVES = """
            enum Role { STAFF ADMIN CUSTOMER }
            directive @public on FIELD_DEFINITION
            directive @requires(role: Role!) on FIELD_DEFINITION
            directive @owner on FIELD_DEFINITION
            """;

    @Test
    void canCallAFieldDeclaredPublicWithoutSigningIn() {
        FieldAccess access = access("type Query { catalogue: Int @public }", "Query", "catalogue");

        assertThat(access.open()).isTrue();
    }

    @Test
    void cannotCallARootFieldThatDeclaresNothingWithoutStaff() {
        GraphQLSchema schema = schema("type Query { a: Int @public } type Mutation { undeclared: Int }");

        FieldAccess access = new FieldRules(new ForecourtSecurityProperties.Graphql()).access("Mutation",
                field(schema, "Mutation", "undeclared"));

        assertThat(access).isEqualTo(FieldAccess.requiring(Role.STAFF));
    }

    @Test
    void cannotCallAnUndeclaredRootFieldNamedLikeAdministrationWithoutStaffOnly() {
        FieldAccess access = access("type Query { rebuildProjectionDeadLetters: Int }", "Query",
                "rebuildProjectionDeadLetters");

        assertThat(access.roles()).containsExactly(Role.STAFF);
    }

    @Test
    void canReadAnUndeclaredFieldOfAnOrdinaryTypeWhereverItsParentIsReadable() {
        FieldAccess access = access("type Query { car: Car @public } type Car { price: Int }", "Car", "price");

        assertThat(access.open()).isTrue();
    }

    @Test
    void cannotReadAFieldOfAnOrdinaryTypeThatRequiresARoleWithoutIt() {
        FieldAccess access = access("type Query { car: Car @public } type Car { cost: Int @requires(role: STAFF) }",
                "Car", "cost");

        assertThat(access.admits(Set.of(Role.CUSTOMER))).isFalse();
    }

    @Test
    void canAdmitABuyerBesideStaffForTheirOwnData() {
        FieldAccess access = access("type Query { order: Int @requires(role: STAFF) @owner }", "Query", "order");

        assertThat(access).isEqualTo(new FieldAccess(false, Set.of(Role.STAFF, Role.CUSTOMER), true));
    }

    @Test
    void canAdmitOnlyABuyerWithOwnerAlone() {
        FieldAccess access = access("type Query { mine: Int @owner }", "Query", "mine");

        assertThat(access).isEqualTo(new FieldAccess(false, Set.of(Role.CUSTOMER), true));
    }

    @Test
    void cannotDeclareAFieldPublicAndOwned() {
        GraphQLSchema schema = schema("type Query { both: Int @public @owner }");
        FieldRules rules = new FieldRules(new ForecourtSecurityProperties.Graphql());

        assertThatThrownBy(() -> rules.access("Query", field(schema, "Query", "both")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Query.both");
    }

    @Test
    void canOverrideWhatTheSchemaDeclaresByConfiguration() {
        GraphQLSchema schema = schema("type Query { catalogue: Int @public }");
        ForecourtSecurityProperties.Graphql overrides = new ForecourtSecurityProperties.Graphql();
        overrides.getAdminFields().add("Query.catalogue");

        FieldAccess access = new FieldRules(overrides).access("Query", field(schema, "Query", "catalogue"));

        assertThat(access).isEqualTo(FieldAccess.requiring(Role.ADMIN));
    }

    @Test
    void canReadIntrospectionWithoutSigningIn() {
        GraphQLSchema schema = schema("type Query { a: Int }");

        FieldAccess access = new FieldRules(new ForecourtSecurityProperties.Graphql()).access("Query",
                schema.getIntrospectionSchemaFieldDefinition());

        assertThat(access.open()).isTrue();
    }

    @Test
    void cannotCallAFieldWithoutCredentials() {
        assertThatThrownBy(() -> FieldAuthorization.check(null, FieldAccess.requiring(Role.STAFF), "Query.orders"))
                .isInstanceOfSatisfying(RefusedRequestException.class,
                        refused -> assertThat(refused.code()).isEqualTo("UNAUTHENTICATED"));
    }

    @Test
    void cannotCallAStaffFieldAsABuyer() {
        UsernamePasswordAuthenticationToken buyer = UsernamePasswordAuthenticationToken.authenticated("buyer", null,
                AuthorityUtils.createAuthorityList("ROLE_CUSTOMER"));

        assertThatThrownBy(() -> FieldAuthorization.check(buyer, FieldAccess.requiring(Role.STAFF), "Query.orders"))
                .isInstanceOfSatisfying(RefusedRequestException.class,
                        refused -> assertThat(refused.code()).isEqualTo("FORBIDDEN"));
    }

    /**
     * What every root field of the served schema admits. Before the declarations, ADMIN was inferred from names
     * containing "projection" or "deadLetter"; the first block is that behaviour, kept, and declared now.
     */
    @Test
    void canFindEveryRootFieldOfTheServedSchemaDeclaredAsExpected() {
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("Query.vehicle", "public"),
                Map.entry("Query.searchVehicles", "public"),
                Map.entry("Query.suggestVehicles", "public"),
                Map.entry("Query.projections", "ADMIN"),
                Map.entry("Query.projection", "ADMIN"),
                Map.entry("Query.deadLetters", "ADMIN"),
                Map.entry("Mutation.replayProjection", "ADMIN"),
                Map.entry("Mutation.rebuildProjection", "ADMIN"),
                Map.entry("Mutation.retryDeadLetters", "ADMIN"),
                Map.entry("Mutation.evictDeadLetter", "ADMIN"),
                Map.entry("Query.customer", "STAFF"),
                Map.entry("Query.orders", "STAFF"),
                Map.entry("Query.deliverySchedule", "STAFF"),
                Map.entry("Mutation.listVehicle", "STAFF"),
                Map.entry("Mutation.changeVehiclePrice", "STAFF"),
                Map.entry("Mutation.withdrawVehicle", "STAFF"),
                Map.entry("Mutation.registerCustomer", "STAFF"),
                Map.entry("Mutation.changeCustomerAddress", "STAFF"),
                Map.entry("Mutation.changeCreditLimit", "STAFF"),
                Map.entry("Mutation.openDeliveryDay", "STAFF"),
                Map.entry("Mutation.markOrderDelivered", "STAFF"),
                Map.entry("Mutation.removeVehiclePhoto", "STAFF"),
                Map.entry("Mutation.moveVehiclePhoto", "STAFF"),
                // buyers' fields (issue 15)
                Map.entry("Query.order", "STAFF or own CUSTOMER"),
                Map.entry("Mutation.placeOrder", "STAFF or own CUSTOMER"),
                Map.entry("Mutation.cancelOrder", "STAFF or own CUSTOMER"),
                Map.entry("Subscription.orderStatusChanged", "STAFF or own CUSTOMER"),
                Map.entry("Query.me", "own CUSTOMER"),
                Map.entry("Mutation.signUp", "public"),
                Map.entry("Query.availableDeliveryDates", "public")));
        GraphQLSchema schema = servedSchema();
        FieldRules rules = new FieldRules(new ForecourtSecurityProperties.Graphql());

        Map<String, String> actual = new TreeMap<>();
        for (GraphQLObjectType root : new GraphQLObjectType[]{schema.getQueryType(), schema.getMutationType(),
                schema.getSubscriptionType()}) {
            for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
                actual.put(root.getName() + "." + field.getName(), describe(rules.access(root.getName(), field)));
            }
        }

        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void canFindAnExplicitDeclarationOnEveryRootFieldOfTheServedSchema() {
        GraphQLSchema schema = servedSchema();
        Map<String, Boolean> declared = new LinkedHashMap<>();

        for (GraphQLObjectType root : new GraphQLObjectType[]{schema.getQueryType(), schema.getMutationType(),
                schema.getSubscriptionType()}) {
            for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
                declared.put(root.getName() + "." + field.getName(), field.hasAppliedDirective(FieldRules.PUBLIC)
                        || field.hasAppliedDirective(FieldRules.REQUIRES) || field.hasAppliedDirective(FieldRules.OWNER));
            }
        }

        assertThat(declared).isNotEmpty().allSatisfy((coordinate, hasDeclaration) ->
                assertThat(hasDeclaration).as(coordinate).isTrue());
    }

    private static String describe(FieldAccess access) {
        if (access.open()) {
            return "public";
        }
        if (access.ownerOnly()) {
            return access.roles().size() == 1 ? "own CUSTOMER"
                    : access.roles().stream().filter(role -> role != Role.CUSTOMER).findFirst().orElseThrow()
                    + " or own CUSTOMER";
        }
        return access.roles().iterator().next().name();
    }

    private static FieldAccess access(String sdl, String type, String field) {
        GraphQLSchema schema = schema(sdl);
        return new FieldRules(new ForecourtSecurityProperties.Graphql()).access(type, field(schema, type, field));
    }

    private static GraphQLFieldDefinition field(GraphQLSchema schema, String type, String field) {
        return schema.getObjectType(type).getFieldDefinition(field);
    }

    private static GraphQLSchema schema(String sdl) {
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(DIRECTIVES + sdl));
    }

    /** The .graphqls files the application serves, as Spring for GraphQL finds them. */
    private static GraphQLSchema servedSchema() {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/**/*.graphqls")) {
                try (InputStreamReader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                    registry.merge(new SchemaParser().parse(reader));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    }
}
