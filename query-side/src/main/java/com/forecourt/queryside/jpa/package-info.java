/** JPA building blocks every PostgreSQL read model shares. */
package com.forecourt.queryside.jpa;
