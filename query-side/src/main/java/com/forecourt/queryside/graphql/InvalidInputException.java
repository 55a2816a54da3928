package com.forecourt.queryside.graphql;

/** Input the GraphQL layer refuses before anything is sent; reported with code BAD_USER_INPUT. */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }
}
