"""Provider avatars: the image file a provider names, or a generated one with its initials.

The generated image is deterministic (same name, same bytes), so its sha256 identifies an upload
already made and a restart uploads nothing new.
"""

from __future__ import annotations

import hashlib
import io
import logging
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, UnidentifiedImageError

logger = logging.getLogger(__name__)

MAX_AVATAR_BYTES = 2 * 1024 * 1024
SIZE = 256
ACCEPTED_FORMATS = {
    "PNG": "image/png",
    "JPEG": "image/jpeg",
    "GIF": "image/gif",
    "WEBP": "image/webp",
}
# Dark backgrounds that keep white initials readable (WCAG contrast > 4.5).
PALETTE = ("#1f5f8b", "#2e6b3a", "#7a3b69", "#8a4b08", "#3d4f9f", "#6b4e16", "#00666b", "#8b2e3c")


class AvatarError(Exception):
    """The avatar image cannot be used; the message names the file and why."""


@dataclass(frozen=True)
class AvatarImage:
    data: bytes
    mime_type: str
    filename: str

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def load_avatar_file(path: Path) -> AvatarImage:
    """Read an image file (PNG, JPEG, GIF or WebP, at most 2 MiB) to upload as an avatar."""
    try:
        size = path.stat().st_size
        if size > MAX_AVATAR_BYTES:
            raise AvatarError(f"{path}: {size} bytes is too large for an avatar (max 2 MiB)")
        data = path.read_bytes()
    except OSError as err:
        raise AvatarError(f"{path}: cannot read the avatar image: {err.strerror}") from err
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
            image_format = image.format or ""
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as err:
        raise AvatarError(f"{path}: not an image file ({err})") from err
    mime_type = ACCEPTED_FORMATS.get(image_format)
    if mime_type is None:
        raise AvatarError(f"{path}: {image_format or 'unknown'} images are not accepted")
    return AvatarImage(data, mime_type, path.name)


def initials(name: str) -> str:
    """'Kaupungin terveysasema' → 'KT', 'Naapuriapu-vapaaehtoiset' → 'NV'."""
    words = [word for word in name.replace("-", " ").split() if word[:1].isalnum()]
    letters = "".join(word[0] for word in words[:2]).upper()
    return letters or "?"


def initials_avatar(name: str, key: str) -> AvatarImage:
    """A square PNG with the initials of `name` on a colour chosen by `key` (the slug)."""
    colour = PALETTE[hashlib.sha256(key.encode()).digest()[0] % len(PALETTE)]
    image = Image.new("RGB", (SIZE, SIZE), colour)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=SIZE * 0.42)
    draw.text((SIZE / 2, SIZE / 2), initials(name), fill="#ffffff", font=font, anchor="mm")
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return AvatarImage(out.getvalue(), "image/png", f"{key}.png")


def resolve_avatar_path(avatar: str, base_dir: Path) -> Path:
    """An avatar file named in the providers file, relative to that file's directory."""
    return base_dir / avatar


def provider_avatar(name: str, slug: str, avatar: str | None, base_dir: Path) -> AvatarImage:
    """The provider's own image, or (when none is given or it cannot be used) its initials."""
    if avatar:
        try:
            return load_avatar_file(resolve_avatar_path(avatar, base_dir))
        except AvatarError as err:
            logger.error("provider %s: using its initials as avatar: %s", slug, err)
    return initials_avatar(name, slug)
