"""Evidence images on the poster, when asked: the card's first image as a thumbnail, in the PDF and the PNG."""

from __future__ import annotations

import io

from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from app.cli import main
from app.model import templates
from app.model.schema import Card, CardImage
from app.model.store import ProjectStore


def _png(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (120, 90), colour).save(out, "PNG")
    return out.getvalue()


def _images_in(path) -> int:
    count = 0
    for page in PdfReader(str(path)).pages:
        resources = page.get("/Resources") or {}
        for _name, obj in (resources.get("/XObject") or {}).items():
            count += obj.get_object().get("/Subtype") == "/Image"
    return count


def test_evidence_images_print_only_when_asked(qapp, tmp_path, capsys) -> None:
    path = tmp_path / "p.parcours"
    store = ProjectStore.create(path, populate=lambda s: templates.populate(s, "onboarding", "en"))
    try:
        card = store.session.scalars(select(Card).order_by(Card.id)).first()
        store.session.add(CardImage(card_id=card.id, position=0, image=_png((255, 0, 255)), image_type="image/png",
                                    caption="post-its"))
        store.session.add(CardImage(card_id=card.id, position=1, image=_png((30, 30, 200)), image_type="image/png",
                                    caption="second"))
        store.session.commit()
        store.save()
    finally:
        store.close()
    plain, asked = tmp_path / "plain.pdf", tmp_path / "asked.pdf"
    assert main(["export", str(path), str(plain), "--paper", "A2"]) == 0
    assert main(["export", str(path), str(asked), "--paper", "A2", "--evidence-images"]) == 0
    assert _images_in(asked) == _images_in(plain) + 1  # one thumbnail: the first image only
    def magenta(name: str, *extra: str) -> int:
        out = tmp_path / name
        assert main(["export", str(path), str(out), "--dpi", "48", *extra]) == 0
        pixels = Image.open(out).convert("RGB")
        width, height = pixels.size
        return sum(1 for x in range(0, width, 2) for y in range(0, height, 2)
                   if (lambda r, g, b: r > 230 and g < 40 and b > 230)(*pixels.getpixel((x, y))))

    assert magenta("plain.png") == 0 and magenta("asked.png", "--evidence-images") > 5  # the PNG draws it too
    assert main(["export", str(path), str(tmp_path / "t.csv"), "--evidence-images"]) == 1
    assert "--evidence-images" in capsys.readouterr().err
