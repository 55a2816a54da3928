package com.forecourt.common;

/** Why a command was refused, as sent back to the sender of the command. */
public record CommandRejection(ErrorCode code, String message) {
}
