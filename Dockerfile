# syntax=docker/dockerfile:1
# Multi-stage build of the MineralGraph server (and the CLI that loads graph-seed into Neo4j).
#   docker build --target server -t mineralgraph-server .
#   docker build --target cli    -t mineralgraph-cli .
# docker-compose.yml builds both and runs them against Neo4j 5.26.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# The server embeds a GraphiQL bundle built from npm (src/MineralGraph.Server/graphiql) at build time.
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY .editorconfig Directory.Build.props Directory.Packages.props MineralGraph.sln ./
COPY schema/ schema/
COPY src/ src/
RUN dotnet publish src/MineralGraph.Server -c Release -o /out/server -p:ArtifactsPath=/artifacts \
 && dotnet publish src/MineralGraph.Cli -c Release -o /out/cli -p:ArtifactsPath=/artifacts

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS server
WORKDIR /app
COPY --from=build /out/server ./
# Stateless: every replica reads the same Neo4j (NEO4J_URI); scale by adding replicas behind a load balancer.
ENV MINERALGRAPH_STORE=neo4j \
    ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "MineralGraph.Server.dll"]

FROM mcr.microsoft.com/dotnet/runtime:10.0 AS cli
WORKDIR /app
COPY --from=build /out/cli ./
USER app
# `seed load --neo4j http://neo4j:7474 /graph-seed` (the seed is mounted, so the image never holds stale data)
ENTRYPOINT ["dotnet", "mineralgraph.dll"]
