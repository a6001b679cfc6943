"""Phone-shaped picture files made with Pillow, full of metadata that must never be published.

Every text the metadata carries contains ``CANARY``, so a search of the raw bytes of a stored
file finds any of it that survived; the positions are real GPS coordinates (Minsk).
"""

import functools
import re
import struct
import zlib
from io import BytesIO
from pathlib import Path

from django.conf import settings
from PIL import Image, ImageCms, IptcImagePlugin
from PIL.PngImagePlugin import PngInfo

CANARY = "qx7canary"
EXIF_IFD = 0x8769
GPS_IFD = 0x8825
MAKE, MODEL, ORIENTATION, SOFTWARE = 0x010F, 0x0110, 0x0112, 0x0131
MAKER_NOTE, BODY_SERIAL = 0x927C, 0xA431
GPS_MAP_DATUM = 0x0012

# Raw markers of metadata containers in JPEG, PNG, WebP and GIF files.
METADATA_MARKERS = [
    b"Exif\x00\x00",  # JPEG APP1 EXIF
    b"http://ns.adobe.com/xap/1.0/",  # XMP (JPEG APP1, GIF application extension)
    b"Photoshop 3.0",  # JPEG APP13 (IPTC)
    b"ICC_PROFILE",  # JPEG APP2
    b"tEXt",
    b"iTXt",
    b"zTXt",
    b"eXIf",
    b"iCCP",  # PNG chunks
    b"EXIF",
    b"XMP ",
    b"ICCP",  # WebP chunks
    b"XMP DataXMP",  # GIF XMP extension
    b"MPF\x00",  # the MPO index
]
METADATA_INFO_KEYS = {"exif", "xmp", "icc_profile", "comment", "photoshop", "extension", "XML:com.adobe.xmp", "mp"}


def phone_exif(orientation=1):
    """EXIF as a phone writes it: make, model, serial, maker note, software and a GPS position."""
    exif = Image.Exif()
    exif[MAKE] = f"{CANARY}-make"
    exif[MODEL] = f"{CANARY}-model"
    exif[SOFTWARE] = f"{CANARY}-software"
    exif[ORIENTATION] = orientation
    exif.get_ifd(EXIF_IFD).update({BODY_SERIAL: f"{CANARY}-serial", MAKER_NOTE: f"{CANARY}-makernote".encode()})
    exif.get_ifd(GPS_IFD).update(
        {1: "N", 2: (53.0, 54.0, 0.0), 3: "E", 4: (27.0, 33.0, 0.0), GPS_MAP_DATUM: f"{CANARY}-gps"}
    )
    return exif


def xmp_packet():
    return (
        '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
        f'photoshop:City="{CANARY}-xmp-city" photoshop:Credit="{CANARY}-xmp-author"/>'
        '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode()


def icc_profile_with_text():
    """A working sRGB profile whose description names a device (same length, so it still parses)."""
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    return profile.replace("sRGB built-in".encode("utf-16-be"), f"{CANARY}-icc".encode("utf-16-be"))


def _iptc_segment():
    """A JPEG APP13 segment with IPTC by-line and city, as photo agencies' tools write them."""
    datasets = b""
    for number, value in [(80, f"{CANARY}-iptc-byline"), (90, f"{CANARY}-iptc-city")]:
        data = value.encode()
        datasets += b"\x1c\x02" + bytes([number]) + struct.pack(">H", len(data)) + data
    resource = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(datasets)) + datasets
    if len(datasets) % 2:
        resource += b"\x00"
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def _picture(size, colour):
    picture = Image.new("RGB", size, colour)
    # Some detail, so that re-encoding has something to keep.
    for x in range(0, size[0], 4):
        picture.putpixel((x, x % size[1]), (255, 255, 255))
    return picture


def jpeg_photo(size=(40, 20), orientation=1):
    """A JPEG with EXIF (GPS, make, model), XMP, IPTC, an ICC profile with text and a comment."""
    buffer = BytesIO()
    _picture(size, (200, 30, 30)).save(
        buffer,
        format="JPEG",
        exif=phone_exif(orientation),
        xmp=xmp_packet(),
        icc_profile=icc_profile_with_text(),
        comment=f"{CANARY}-comment 53.9N 27.56E",
    )
    data = buffer.getvalue()
    return data[:2] + _iptc_segment() + data[2:]  # IPTC goes right after the start-of-image marker


def mpo_photo(size=(40, 20)):
    """A two-picture MPO (what many Samsung phones save as .jpg) with GPS EXIF in the first."""
    buffer = BytesIO()
    _picture(size, (30, 160, 30)).save(
        buffer, format="MPO", save_all=True, append_images=[_picture(size, (30, 30, 160))], exif=phone_exif()
    )
    return buffer.getvalue()


def animated_webp(size=(40, 20)):
    """Three frames, 100/200/300 ms, looping twice, with EXIF, XMP and an ICC profile."""
    frames = [_picture(size, colour) for colour in [(200, 0, 0), (0, 200, 0), (0, 0, 200)]]
    buffer = BytesIO()
    frames[0].save(
        buffer,
        format="WEBP",
        save_all=True,
        append_images=frames[1:],
        duration=[100, 200, 300],
        loop=2,
        exif=phone_exif().tobytes(),
        xmp=xmp_packet(),
        icc_profile=icc_profile_with_text(),
    )
    return buffer.getvalue()


def animated_gif(size=(40, 20)):
    """Two frames, 150/250 ms, looping forever, with a comment giving a position."""
    frames = [_picture(size, colour).convert("P") for colour in [(250, 200, 0), (0, 120, 250)]]
    buffer = BytesIO()
    frames[0].save(
        buffer,
        format="GIF",
        save_all=True,
        append_images=frames[1:],
        duration=[150, 250],
        loop=0,
        comment=f"{CANARY}-comment meet at 53.9N 27.56E".encode(),
    )
    return buffer.getvalue()


def still_gif(size=(40, 20)):
    buffer = BytesIO()
    _picture(size, (250, 200, 0)).convert("P").save(buffer, format="GIF", comment=f"{CANARY}-comment".encode())
    return buffer.getvalue()


def png_with_text(size=(40, 20)):
    """A PNG with tEXt, iTXt and zTXt chunks, an eXIf chunk and an ICC profile."""
    info = PngInfo()
    info.add_text("Author", f"{CANARY}-text")
    info.add_itxt("Location", f"{CANARY}-itxt Мінск", lang="be", tkey="Месца")
    info.add_text("Comment", f"{CANARY}-ztxt " * 20, zip=True)
    buffer = BytesIO()
    _picture(size, (120, 120, 120)).convert("RGBA").save(
        buffer, format="PNG", pnginfo=info, exif=phone_exif(), icc_profile=icc_profile_with_text()
    )
    return buffer.getvalue()


@functools.cache
def huge_png(width=20000, height=10000):
    """A valid black-and-white PNG of width × height pixels that is only a few kilobytes on disk."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    row = b"\x00" + bytes((width + 7) // 8)
    pixels = zlib.compress(row * height, 9)
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


PHONE_FILES = {
    "photo.jpg": jpeg_photo,
    "samsung.jpg": mpo_photo,
    "animation.webp": animated_webp,
    "animation.gif": animated_gif,
    "still.gif": still_gif,
    "chunks.png": png_with_text,
}


def leaks(data):
    """Every trace of metadata found in ``data``: canaries (ASCII or UTF-16) and container markers."""
    found = [marker for marker in METADATA_MARKERS if marker in data]
    found += [canary for canary in (CANARY.encode(), CANARY.encode("utf-16-be")) if canary in data]
    with Image.open(BytesIO(data)) as picture:
        for index in range(getattr(picture, "n_frames", 1)):
            picture.seek(index)
            found += sorted(key for key in METADATA_INFO_KEYS & set(picture.info) if not _is_loop_count(picture, key))
            found += [f"{key} text chunk" for key in getattr(picture, "text", {})]
            exif = picture.getexif()
            found += [f"EXIF tag {tag:#x}" for tag in exif]
            found += [f"GPS tag {tag:#x}" for tag in exif.get_ifd(GPS_IFD)]
        if picture.format in ("JPEG", "MPO") and IptcImagePlugin.getiptcinfo(picture):
            found.append("IPTC")
    return found


def _is_loop_count(picture, key):
    """GIF's NETSCAPE2.0 extension only says how often to loop: animation, not metadata."""
    return key == "extension" and picture.info[key][0] == b"NETSCAPE2.0"


def carried_metadata(data):
    """What a fixture really carries, to prove that a clean result is not a weak fixture."""
    with Image.open(BytesIO(data)) as picture:
        carried = set(METADATA_INFO_KEYS & set(picture.info))
        carried |= {"text"} if getattr(picture, "text", None) else set()
        exif = picture.getexif()
        carried |= {"gps"} if exif.get_ifd(GPS_IFD) else set()
        carried |= {"model"} if exif.get(MODEL) else set()
        if picture.format in ("JPEG", "MPO") and IptcImagePlugin.getiptcinfo(picture):
            carried.add("iptc")
        return carried | {picture.format}


SPEC_TAG_RE = re.compile(r"{%\s*(?:srcset_image|picture|image)\s+\S+\s+(.*?)%}", re.S)
SPEC_WORD_RE = re.compile(r"^(?:fill|width|height|max|min|scale|original|format|jpegquality|webpquality|bgcolor)")


def _expand(word):
    """``fill-{320x180,640x360}`` -> ``["fill-320x180", "fill-640x360"]``, as Wagtail's srcset does."""
    match = re.search(r"{([^}]*)}", word)
    if not match:
        return [word]
    return [word[: match.start()] + option + word[match.end() :] for option in match.group(1).split(",")]


def site_rendition_specs():
    """Every rendition filter spec the site's templates ask for, e.g. ``fill-1200x630|format-jpeg``."""
    specs = set()
    for template in sorted(Path(settings.BASE_DIR).glob("*/templates/**/*.html")):
        if ".venv" in template.parts:
            continue
        for arguments in SPEC_TAG_RE.findall(template.read_text()):
            words = [word for word in arguments.split() if "=" not in word and SPEC_WORD_RE.match(word)]
            sizes = [word for word in words if not word.startswith(("format", "jpegquality", "webpquality"))]
            options = [word for word in words if word not in sizes]
            for size in sizes:
                for expanded in _expand(size):
                    specs.add("|".join([expanded, *options]))
    return specs
