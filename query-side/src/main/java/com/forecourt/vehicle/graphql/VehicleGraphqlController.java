package com.forecourt.vehicle.graphql;

import com.forecourt.common.input.Text;
import com.forecourt.queryside.graphql.InvalidInputException;
import com.forecourt.queryside.graphql.Paging;
import com.forecourt.vehicle.api.ChangeVehiclePrice;
import com.forecourt.vehicle.api.ListVehicle;
import com.forecourt.vehicle.api.WithdrawVehicle;
import com.forecourt.vehicle.api.Vin;
import com.forecourt.vehicle.query.FindVehicle;
import com.forecourt.vehicle.query.SearchInterpretation;
import com.forecourt.vehicle.query.SearchRelaxation;
import com.forecourt.vehicle.query.SearchVehicles;
import com.forecourt.vehicle.query.SuggestVehicles;
import com.forecourt.vehicle.query.VehicleFilter;
import com.forecourt.vehicle.query.VehicleSearchPage;
import com.forecourt.vehicle.query.VehicleSort;
import com.forecourt.vehicle.query.VehicleSuggestions;
import com.forecourt.vehicle.query.VehicleView;
import graphql.schema.DataFetchingEnvironment;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Catalogue queries go to the read models through the query bus; listing a car sends a command. */
@Controller
class VehicleGraphqlController {

    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_PREFIX_LENGTH = 100;
    static final int DEFAULT_SUGGESTIONS = 5;
    static final int MAX_SUGGESTIONS = 20;
    static final int MAX_FILTER_VALUE_LENGTH = 100;

    private final QueryGateway queries;
    private final CommandGateway commands;

    VehicleGraphqlController(QueryGateway queries, CommandGateway commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @QueryMapping
    CompletableFuture<VehicleView> vehicle(@Argument String vin) {
        return queries.query(new FindVehicle(Vin.require(vin)), ResponseTypes.instanceOf(VehicleView.class));
    }

    @QueryMapping
    CompletableFuture<VehicleSearchResult> searchVehicles(@Argument String query, @Argument VehicleFilter filter,
                                                          @Argument VehicleSort sort, @Argument Integer first,
                                                          @Argument String after,
                                                          DataFetchingEnvironment environment) {
        String text = Text.optionalSingleLine("query", query, MAX_QUERY_LENGTH);
        VehicleSort order = sort == null ? VehicleSort.RELEVANCE : sort;
        VehicleSearchCursor.Continuation continuation = VehicleSearchCursor.continuation(after, order);
        var search = new SearchVehicles(text, filter(filter), order,
                continuation == null ? null : continuation.after(), Paging.pageSize(first),
                continuation == null ? null : continuation.relaxation(), continuation != null,
                SearchPartsSelection.of(environment.getMergedField().getFields(), environment.getFragmentsByName()));
        return queries.query(search, ResponseTypes.instanceOf(VehicleSearchPage.class))
                .thenApply(page -> new VehicleSearchResult(page.total(), page.hits(), page.facets(),
                        new Paging.PageInfo(page.hasNextPage(), page.hits().isEmpty() ? null : VehicleSearchCursor
                                .encode(order, page.hits().get(page.hits().size() - 1).sortKey(),
                                        page.relaxation() == null ? null : page.relaxation().kind())),
                        page.interpretedAs(), page.relaxation(), page.didYouMean(), page.unavailableMakes()));
    }

    @QueryMapping
    CompletableFuture<List<String>> suggestVehicles(@Argument String prefix, @Argument Integer limit) {
        int size = limit == null ? DEFAULT_SUGGESTIONS : limit;
        if (size < 1 || size > MAX_SUGGESTIONS) {
            throw new InvalidInputException("limit must be between 1 and " + MAX_SUGGESTIONS);
        }
        String text = Text.singleLine("prefix", prefix, MAX_PREFIX_LENGTH);
        return queries.query(new SuggestVehicles(text, size), ResponseTypes.instanceOf(VehicleSuggestions.class))
                .thenApply(VehicleSuggestions::suggestions);
    }

    @MutationMapping
    CompletableFuture<String> changeVehiclePrice(@Argument String vin, @Argument long pricePence) {
        ChangeVehiclePrice command = new ChangeVehiclePrice(vin, pricePence);
        return commands.send(command).thenApply(result -> command.vin());
    }

    @MutationMapping
    CompletableFuture<String> withdrawVehicle(@Argument String vin, @Argument String reason) {
        WithdrawVehicle command = new WithdrawVehicle(vin, reason);
        return commands.send(command).thenApply(result -> command.vin());
    }

    @MutationMapping
    CompletableFuture<String> listVehicle(@Argument("input") ListVehicle command) {
        return commands.send(command).thenApply(result -> command.vin());
    }

    /** The filter with its free-text values (makes, body types, colours) under the text policy. */
    private static VehicleFilter filter(VehicleFilter filter) {
        if (filter == null) {
            return VehicleFilter.none();
        }
        return new VehicleFilter(textValues("filter.make", filter.make()), filter.fuelType(), filter.transmission(),
                textValues("filter.bodyType", filter.bodyType()), filter.minPricePence(), filter.maxPricePence(),
                filter.minYear(), filter.maxYear(), filter.maxMileage(), filter.status(),
                textValues("filter.colour", filter.colour()), filter.minMileage());
    }

    private static List<String> textValues(String field, List<String> values) {
        return values.stream().map(value -> Text.singleLine(field, value, MAX_FILTER_VALUE_LENGTH)).toList();
    }

    /** The GraphQL shape of a search page. */
    record VehicleSearchResult(long total, List<VehicleSearchPage.Hit> hits, VehicleSearchPage.Facets facets,
                               Paging.PageInfo pageInfo, List<SearchInterpretation> interpretedAs,
                               SearchRelaxation relaxation, String didYouMean, List<String> unavailableMakes) {
    }

    /** Instants are served as ISO-8601 date-times in UTC. */
    @SchemaMapping(typeName = "Vehicle", field = "listedAt")
    OffsetDateTime listedAt(VehicleView vehicle) {
        return vehicle.listedAt().atOffset(ZoneOffset.UTC);
    }
}
