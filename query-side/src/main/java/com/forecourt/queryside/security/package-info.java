/**
 * Who may call the API: HTTP Basic for configured users, bearer JWTs from the embedded provider (package
 * {@code provider}) or a configured issuer, and authorisation per GraphQL field as the schema declares it
 * ({@code @public}, {@code @requires(role: …)}, {@code @owner}). docs/security.md describes users, roles, profiles
 * and error codes.
 */
package com.forecourt.queryside.security;
