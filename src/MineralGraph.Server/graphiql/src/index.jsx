// The GraphiQL explorer served at GET /graphql to browsers. Bundled with esbuild at build time so that the
// page needs nothing from the network but the API itself.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';

const endpoint = new URL('/graphql', window.location.href).toString();

async function fetcher(params, options) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(options?.headers ?? {}),
    },
    body: JSON.stringify(params),
  });
  return response.json();
}

const defaultQuery = `# MineralGraph: the critical-minerals supply chain as a graph.
# Open the Docs panel (book icon) for every type and field.

query WhoLeadsMexicosEconomy {
  search(text: "Secretaría de Economía", kinds: [AGENCY], first: 1) {
    matchedName
    entity {
      name
      relations(kinds: [HOLDS_POSITION], first: 5) {
        edges {
          node {
            role
            since { value precision }
            from { name }
            evidence { quote source { title publisher url } }
          }
        }
      }
    }
  }
}
`;

// A link such as /graphql?query=…&variables=… (the explorer's "Open in GraphiQL") opens with that query.
const linked = new URLSearchParams(window.location.search);
const props = { fetcher, defaultQuery };
if (linked.get('query')) props.query = linked.get('query');
if (linked.get('variables')) props.variables = linked.get('variables');

createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, props));
