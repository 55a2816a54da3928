/** GraphQL plumbing shared by every feature: scalars, error codes, limits and the offline GraphiQL page. */
package com.forecourt.queryside.graphql;
