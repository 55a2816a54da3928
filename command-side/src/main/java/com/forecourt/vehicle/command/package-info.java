/** The Vehicle aggregate: the rules for listing, pricing, reserving and selling one car. */
package com.forecourt.vehicle.command;
