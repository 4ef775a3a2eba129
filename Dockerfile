# The app image used by docker-compose.yml. Build the jar first: ./sangsaeng build
FROM eclipse-temurin:25-jre
WORKDIR /app
RUN useradd --system --uid 1001 sangsaeng
COPY ui/target/sangsaeng.jar /app/sangsaeng.jar
USER sangsaeng
ENV SANGSAENG_ENGINE_MODE=remote \
    SANGSAENG_DEMO=false
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/sangsaeng.jar"]
