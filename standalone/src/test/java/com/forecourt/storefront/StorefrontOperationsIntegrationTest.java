package com.forecourt.storefront;

import com.forecourt.testing.IntegrationTestSupport;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.execution.GraphQlSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every GraphQL operation the storefront sends is a file of {@code static/app/graphql}, checked here against the
 * schema the application serves: a schema change that breaks the UI fails the build.
 */
class StorefrontOperationsIntegrationTest extends IntegrationTestSupport {

    private static final String OPERATIONS = "classpath*:static/app/graphql/*.graphql";
    private static final String MODULES = "classpath*:static/app/**/*.js";
    /** How the modules name an operation: graphql('Name', …) or subscribe('Name', …). */
    private static final Pattern SENT = Pattern.compile("\\b(?:graphql|subscribe)\\(\\s*'([A-Za-z]+)'");

    @Autowired
    private GraphQlSource graphQlSource;

    private static Map<String, String> operations() throws IOException {
        Map<String, String> operations = new TreeMap<>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources(OPERATIONS)) {
            String name = file.getFilename().substring(0, file.getFilename().length() - ".graphql".length());
            operations.put(name, file.getContentAsString(StandardCharsets.UTF_8));
        }
        return operations;
    }

    private static Set<String> sentByTheModules() throws IOException {
        Set<String> sent = new TreeSet<>();
        for (Resource module : new PathMatchingResourcePatternResolver().getResources(MODULES)) {
            Matcher call = SENT.matcher(module.getContentAsString(StandardCharsets.UTF_8));
            while (call.find()) {
                sent.add(call.group(1));
            }
        }
        return sent;
    }

    @Test
    void canValidateEveryOperationOfTheStorefrontAgainstTheServedSchema() throws IOException {
        GraphQLSchema schema = graphQlSource.schema();
        Map<String, List<String>> problems = new TreeMap<>();

        operations().forEach((name, text) -> {
            Document document = Parser.parse(text);
            List<ValidationError> errors = new Validator().validateDocument(schema, document, Locale.ENGLISH);
            if (!errors.isEmpty()) {
                problems.put(name, errors.stream().map(ValidationError::getDescription).toList());
            }
        });

        assertThat(operations()).isNotEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void canFindOneOperationNamedLikeItsFileInEachFile() throws IOException {
        operations().forEach((name, text) -> {
            List<OperationDefinition> definitions = Parser.parse(text).getDefinitionsOfType(OperationDefinition.class);

            assertThat(definitions).as(name).hasSize(1);
            assertThat(definitions.get(0).getName()).as(name).isEqualTo(name);
        });
    }

    @Test
    void canFindAFileForEveryOperationTheModulesSendAndNoUnusedFile() throws IOException {
        Set<String> sent = sentByTheModules();

        assertThat(sent).isNotEmpty();
        assertThat(operations().keySet()).isEqualTo(sent);
    }
}
