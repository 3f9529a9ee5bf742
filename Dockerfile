# syntax=docker/dockerfile:1
# Chatdesk server image: docker build -t chatdesk . && docker run -p 8080:8080 -v chatdesk-data:/data chatdesk
# Configuration: CHATDESK_* environment variables, see docs/configuration.md.

# --- build: the same Maven build as ./chatdesk, without tests ---
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY . .
# The cache mount keeps downloaded dependencies between builds without putting them in a layer.
RUN --mount=type=cache,target=/root/.m2 mvn -B -DskipTests package
# PyTorch's MKL runs its slow generic kernels on non-Intel CPUs unless told the CPU is an Intel one
# (deploy/native/mkl-intel-cpu.c); on an Intel CPU the answer is the same, so the image always loads it.
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends gcc libc6-dev >/dev/null \
    && cc -shared -fPIC -O2 -o /src/libchatdesk-mkl-intel-cpu.so deploy/native/mkl-intel-cpu.c

# --- run: a JRE, the server jar and its libraries, nothing else from the build ---
# The bundled PyTorch native library is for x86-64 Linux only, so the image is too (emulated elsewhere).
FROM --platform=linux/amd64 eclipse-temurin:21-jre
RUN groupadd --gid 10001 chatdesk \
    && useradd --uid 10001 --gid chatdesk --create-home --home-dir /home/chatdesk chatdesk \
    && mkdir /data \
    && chown chatdesk:chatdesk /data
WORKDIR /app
COPY --from=build /src/server/target/server-0.1.0-SNAPSHOT.jar /app/server.jar
COPY --from=build /src/server/target/lib/ /app/lib/
COPY --from=build /src/libchatdesk-mkl-intel-cpu.so /app/native/
# DJL unpacks libtorch (about 450 MB) into its cache on first start; keeping that cache in the volume
# means a restarted container does not unpack it again.
ENV CHATDESK_DATA_DIR=/data \
    DJL_CACHE_DIR=/data/cache/djl \
    TORCH_CPP_LOG_LEVEL=ERROR \
    LD_PRELOAD=/app/native/libchatdesk-mkl-intel-cpu.so
VOLUME /data
# A numeric user, so Kubernetes' runAsNonRoot can check it.
USER 10001:10001
EXPOSE 8080
# The Temurin image installs curl (adoptium/containers keeps it "for historical reasons").
# Shell form, so the check follows CHATDESK_SERVER_PORT when the port is moved.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS -o /dev/null "http://127.0.0.1:${CHATDESK_SERVER_PORT:-8080}/health/live" || exit 1
# The same JVM flags as ./chatdesk; add more with JAVA_TOOL_OPTIONS.
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector", \
    "-Dai.djl.offline=true", "-cp", "/app/server.jar:/app/lib/*", "dev.chatdesk.server.Main"]
CMD ["serve"]
