/** Bounds on one GraphQL request's size and work, and on what one client may hold open; docs/security.md lists them. */
package com.forecourt.queryside.graphql.limits;
