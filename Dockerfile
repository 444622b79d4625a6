# syntax=docker/dockerfile:1

# Build: restore first from the project files alone, so a code change does not re-download packages.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Workshop.Mes.Domain/Workshop.Mes.Domain.csproj src/Workshop.Mes.Domain/
COPY src/Workshop.Mes.Contracts/Workshop.Mes.Contracts.csproj src/Workshop.Mes.Contracts/
COPY src/Workshop.Mes.Infrastructure/Workshop.Mes.Infrastructure.csproj src/Workshop.Mes.Infrastructure/
COPY src/Workshop.Mes.ShopFloor/Workshop.Mes.ShopFloor.csproj src/Workshop.Mes.ShopFloor/
COPY src/Workshop.Mes.Web/Workshop.Mes.Web.csproj src/Workshop.Mes.Web/
RUN dotnet restore src/Workshop.Mes.Web/Workshop.Mes.Web.csproj

COPY src/ src/
RUN dotnet publish src/Workshop.Mes.Web -c Release -o /app --no-restore -p:UseAppHost=false

# Runtime: ASP.NET Core on Ubuntu (the .NET 10 default), a Korean font for PDF reports, curl for the health check.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-nanum curl \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY --from=build /app ./

# The data folder (logs, later photos) must be writable by the non-root user the app runs as.
RUN mkdir -p /app/.data && chown "$APP_UID" /app/.data

# appsettings.json binds to 127.0.0.1:5080 for local runs; in a container listen on every interface.
# An empty ASPNETCORE_HTTP_PORTS keeps Kestrel from warning that Urls overrides it.
ENV Urls=http://0.0.0.0:8080 \
    ASPNETCORE_HTTP_PORTS=

# APP_UID is the unprivileged "app" user the .NET images ship with.
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "Workshop.Mes.Web.dll"]
