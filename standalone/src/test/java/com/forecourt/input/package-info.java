/** Bad input through the GraphQL API: refused at the edge with a code, nothing stored, nothing leaked. */
package com.forecourt.input;
