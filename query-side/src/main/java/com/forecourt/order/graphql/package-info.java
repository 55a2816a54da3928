/** Orders in the GraphQL API: placing, cancelling, delivering, order screens and the status subscription. */
package com.forecourt.order.graphql;
