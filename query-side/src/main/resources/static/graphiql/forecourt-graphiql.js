// Starts GraphiQL against this application's own endpoint, sending the browser's credentials with each request.
(function () {
  var fetcher = GraphiQL.createFetcher({ url: '/graphql', headers: {} });
  var defaultQuery = [
    '# Forecourt GraphQL. Try a catalogue search:',
    'query Search {',
    '  searchVehicles(query: "golf", first: 5) {',
    '    total',
    '    hits { vehicle { vin make model year pricePence } highlights }',
    '    facets { make { value count } }',
    '  }',
    '}',
    ''
  ].join('\n');
  ReactDOM.createRoot(document.getElementById('graphiql'))
    .render(React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: defaultQuery }));
})();
