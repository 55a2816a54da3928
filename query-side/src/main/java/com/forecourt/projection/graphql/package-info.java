/** Projection operations in the GraphQL API (role ADMIN): status of every projection and replay in place. */
package com.forecourt.projection.graphql;
