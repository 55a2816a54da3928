/**
 * The embedded OpenID Connect provider (Spring Authorization Server) with which buyers sign in: the sign-in page,
 * buyers' logins in PostgreSQL, the storefront client, the signing key and the claims of buyers' tokens.
 */
package com.forecourt.queryside.security.provider;
