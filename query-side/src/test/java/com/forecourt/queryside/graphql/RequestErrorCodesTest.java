package com.forecourt.queryside.graphql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestErrorCodesTest {

    @Test
    void canDescribeAValueOutOfRangeWithoutSyntaxTreeObjects() {
        String message = RequestErrorCodes.clientMessage("Validation error (WrongType@[searchVehicles]) : argument "
                + "'first' with value 'IntValue{value=99999999999}' is not a valid 'Int' - Expected value to be in the "
                + "integer range, but it was a '99999999999'");

        assertThat(message).isEqualTo("argument 'first' is not a valid 'Int' - Expected value to be in the integer range");
    }

    @Test
    void canDescribeAVariableOfTheWrongTypeWithoutTheJavaTypeItWasReadAs() {
        String message = RequestErrorCodes.clientMessage("Variable 'f' has an invalid value: Expected a value that "
                + "can be converted to type 'Int' but it was a 'BigDecimal'");

        assertThat(message).isEqualTo("Variable 'f' has an invalid value: Expected a value that can be converted to "
                + "type 'Int'");
    }

    @Test
    void canKeepAnUnknownFieldMessageAsItIs() {
        assertThat(RequestErrorCodes.clientMessage("Validation error (FieldUndefined@[nope]) : Field 'nope' in type "
                + "'Query' is undefined")).isEqualTo("Field 'nope' in type 'Query' is undefined");
    }

    @Test
    void cannotLetAnythingThatStillLooksLikeInternalsThrough() {
        assertThat(RequestErrorCodes.clientMessage("Something ObjectValue{objectFields=[]} happened"))
                .isEqualTo(RequestErrorCodes.GENERAL_MESSAGE);
        assertThat(RequestErrorCodes.clientMessage("java.lang.IllegalStateException: boom"))
                .isEqualTo(RequestErrorCodes.GENERAL_MESSAGE);
    }
}
