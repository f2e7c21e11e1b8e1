# Builds the web app and the HMRC emulator into one image; docker-compose.yml picks which to run.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY . .
RUN dotnet publish src/MtdIncomeTax.Web -c Release -o /app/web \
 && dotnet publish src/MtdIncomeTax.Emulator -c Release -o /app/emulator

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
USER $APP_UID
