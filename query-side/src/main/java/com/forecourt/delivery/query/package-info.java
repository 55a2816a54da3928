/** Questions the delivery read models answer, and the views they answer with; routed by type on the query bus. */
package com.forecourt.delivery.query;
