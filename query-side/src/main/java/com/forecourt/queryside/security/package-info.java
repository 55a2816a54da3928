/**
 * Who may call the API: HTTP Basic for configured users, bearer JWT when an issuer is configured, and
 * authorisation per GraphQL field (catalogue public, everything else STAFF, projection administration ADMIN).
 * docs/security.md describes users, roles, profiles and error codes.
 */
package com.forecourt.queryside.security;
