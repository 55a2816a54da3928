/** Consistency tokens: a mutation's answer names the position it reached; a query may ask to see at least that. */
package com.forecourt.queryside.graphql.consistency;
