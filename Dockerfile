# Terveysaula: the appservice, bots and portal (`terveysaula serve`), and the one-shot
# `terveysaula init` / `terveysaula render-homeserver` that prepare the homeserver's files.
# See docker-compose.yml for how the containers fit together.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /opt/terveysaula

# Only what the service needs, listed, so a checkout's .venv, data directory (with its secrets)
# or .env never end up in the image.
COPY pyproject.toml ./
COPY appservice ./appservice
COPY bots ./bots
COPY bridge ./bridge
COPY config ./config
COPY synapse ./synapse

# Editable, so the code keeps finding config/ and synapse/ (the config and homeserver templates)
# next to its packages; a plain install into site-packages would leave them behind. The source
# stays owned by root, read-only for the service.
RUN pip install --editable .

# uid/gid 991 is also the user Synapse's image runs as: the homeserver files that
# `render-homeserver` writes (mode 0600) into the shared volume must be readable by Synapse.
# /var/lib/terveysaula/data (our data directory) and /data (the homeserver's) exist here owned
# by that user, so fresh named volumes mounted on them start out writable for it.
RUN groupadd --system --gid 991 terveysaula \
    && useradd --system --uid 991 --gid 991 --home-dir /var/lib/terveysaula \
        --shell /usr/sbin/nologin terveysaula \
    && mkdir -p /var/lib/terveysaula/data /data \
    && chown -R terveysaula:terveysaula /var/lib/terveysaula /data

USER terveysaula
WORKDIR /var/lib/terveysaula

# 8080: portal and JSON API; 29333: the appservice, for the homeserver only.
EXPOSE 8080 29333

ENTRYPOINT ["terveysaula"]
CMD ["serve", "--home", "/var/lib/terveysaula/data"]
