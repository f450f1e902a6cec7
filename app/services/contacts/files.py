"""The card's File area and the contact picture.

Bytes are stored once under their SHA-256 in ``<data>/files/ab/abcdef...``;
the database keeps the user's name, folder and size. Names are metadata only:
nothing the user types decides a path we write to, and a name like
``../../x`` is reduced to ``x`` when a copy is made for the desktop.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, func, select

from app.config import data_dir
from app.models import Contact, ContactFile, ContactFolder
from app.services.context import AppContext, NotFound, ServiceError

log = logging.getLogger(__name__)
MAX_FILE_BYTES = 512 * 2**20
_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]')


@dataclass(frozen=True, slots=True)
class FolderView:
    id: int
    parent_id: int | None
    name: str


@dataclass(frozen=True, slots=True)
class FileView:
    id: int
    folder_id: int | None
    name: str
    size: int
    added_at: datetime
    added_by: str
    available: bool  # False when the stored bytes are missing from this desk


def store_dir() -> Path:
    path = data_dir() / "files"
    path.mkdir(parents=True, exist_ok=True)
    return path


def blob_path(sha256: str) -> Path:
    if not re.fullmatch(r"[0-9a-f]{64}", sha256):
        raise ServiceError("Damaged file reference")
    return store_dir() / sha256[:2] / sha256


def safe_name(name: str) -> str:
    """A file name that stays inside whatever folder it is written to."""
    base = re.split(r"[\\/]", name.strip())[-1]
    base = _UNSAFE.sub("_", base).strip(" .")
    return base[:200] or "file"


def _store_stream(read_chunks) -> tuple[str, int]:  # type: ignore[no-untyped-def]
    """Copy chunks into the store atomically; returns (sha256, size)."""
    digest = hashlib.sha256()
    size = 0
    fd, tmp = tempfile.mkstemp(dir=store_dir(), prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in read_chunks:
                size += len(chunk)
                if size > MAX_FILE_BYTES:
                    raise ServiceError(f"Files over {MAX_FILE_BYTES // 2**20} MiB are not stored")
                digest.update(chunk)
                out.write(chunk)
        sha = digest.hexdigest()
        target = blob_path(sha)
        target.parent.mkdir(exist_ok=True)
        os.replace(tmp, target)  # same name, same bytes: also refreshes its age
        return sha, size
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def store_bytes(data: bytes) -> tuple[str, int]:
    return _store_stream([data])


def store_file(path: Path) -> tuple[str, int]:
    try:
        with open(path, "rb") as src:
            return _store_stream(iter(lambda: src.read(1 << 20), b""))
    except FileNotFoundError as exc:
        raise ServiceError(f"“{path}” does not exist") from exc
    except IsADirectoryError as exc:
        raise ServiceError(f"“{path.name}” is a folder; add the files in it instead") from exc
    except PermissionError as exc:
        raise ServiceError(f"“{path.name}” cannot be read (permission denied)") from exc


def _check_folder(s, contact_id: int, folder_id: int | None) -> None:  # type: ignore[no-untyped-def]
    if folder_id is None:
        return
    folder = s.get(ContactFolder, folder_id)
    if folder is None or folder.contact_id != contact_id:
        raise NotFound("That folder no longer exists")


def add_file(ctx: AppContext, contact_id: int, source: Path, *, folder_id: int | None = None,
             name: str | None = None) -> int:
    """Upload a file from disk (or a drop) into the contact's File area."""
    sha, size = store_file(Path(source))
    with ctx.write() as s:
        if s.get(Contact, contact_id) is None:
            raise NotFound(f"Contact {contact_id} does not exist")
        _check_folder(s, contact_id, folder_id)
        row = ContactFile(contact_id=contact_id, folder_id=folder_id,
                          name=safe_name(name or Path(source).name), sha256=sha, size=size,
                          added_by=ctx.user)
        s.add(row)
        s.flush()
        return row.id


def create_folder(ctx: AppContext, contact_id: int, name: str,
                  parent_id: int | None = None) -> int:
    clean = safe_name(name) if name.strip() else ""
    if not clean:
        raise ServiceError("A folder needs a name")
    with ctx.write() as s:
        _check_folder(s, contact_id, parent_id)
        taken = s.scalar(select(func.count()).select_from(ContactFolder).where(
            ContactFolder.contact_id == contact_id, ContactFolder.name == clean,
            ContactFolder.parent_id.is_(None) if parent_id is None
            else ContactFolder.parent_id == parent_id))
        if taken:
            raise ServiceError(f"There is already a folder “{clean}” here")
        row = ContactFolder(contact_id=contact_id, parent_id=parent_id, name=clean)
        s.add(row)
        s.flush()
        return row.id


def listing(ctx: AppContext, contact_id: int) -> tuple[list[FolderView], list[FileView]]:
    with ctx.read() as s:
        folders = [FolderView(f.id, f.parent_id, f.name) for f in s.scalars(
            select(ContactFolder).where(ContactFolder.contact_id == contact_id)
            .order_by(ContactFolder.name))]
        files = [FileView(f.id, f.folder_id, f.name, f.size, f.added_at, f.added_by,
                          blob_path(f.sha256).exists())
                 for f in s.scalars(select(ContactFile).where(ContactFile.contact_id == contact_id)
                                    .order_by(ContactFile.name))]
        return folders, files


def rename_file(ctx: AppContext, file_id: int, name: str) -> None:
    if not name.strip():
        raise ServiceError("A file needs a name")
    with ctx.write() as s:
        _file(s, file_id).name = safe_name(name)


def rename_folder(ctx: AppContext, folder_id: int, name: str) -> None:
    clean = safe_name(name) if name.strip() else ""
    if not clean:
        raise ServiceError("A folder needs a name")
    with ctx.write() as s:
        folder = s.get(ContactFolder, folder_id)
        if folder is None:
            raise NotFound("That folder no longer exists")
        taken = s.scalar(select(func.count()).select_from(ContactFolder).where(
            ContactFolder.contact_id == folder.contact_id, ContactFolder.name == clean,
            ContactFolder.id != folder_id,
            ContactFolder.parent_id.is_(None) if folder.parent_id is None
            else ContactFolder.parent_id == folder.parent_id))
        if taken:
            raise ServiceError(f"There is already a folder “{clean}” here")
        folder.name = clean


def move_file(ctx: AppContext, file_id: int, folder_id: int | None) -> None:
    with ctx.write() as s:
        row = _file(s, file_id)
        _check_folder(s, row.contact_id, folder_id)
        row.folder_id = folder_id


def delete_file(ctx: AppContext, file_id: int) -> None:
    with ctx.write() as s:
        row = _file(s, file_id)
        s.delete(row)


def delete_folder(ctx: AppContext, folder_id: int) -> None:
    """Delete a folder with everything in it (subfolders and their files go by
    the foreign keys' ON DELETE CASCADE, in the same transaction)."""
    with ctx.write() as s:
        s.execute(delete(ContactFolder).where(ContactFolder.id == folder_id))


def collect_garbage(ctx: AppContext, *, min_age_s: float = 86_400) -> int:
    """Remove stored bytes no file or picture refers to any more.

    Deleting a file only deletes its row (inside the transaction); the bytes
    go here, later, and only when older than ``min_age_s``, so a rolled-back
    delete or another desk adding the same content meanwhile loses nothing.
    """
    import time

    with ctx.read() as s:
        used = set(s.scalars(select(ContactFile.sha256)))
        used |= set(s.scalars(select(Contact.picture).where(Contact.picture.is_not(None))))
    removed = 0
    cutoff = time.time() - min_age_s
    for blob in store_dir().glob("??/*"):
        if blob.name not in used and blob.stat().st_mtime < cutoff:
            blob.unlink(missing_ok=True)
            removed += 1
    return removed


def _file(s, file_id: int) -> ContactFile:  # type: ignore[no-untyped-def]
    row = s.get(ContactFile, file_id)
    if row is None:
        raise NotFound("That file no longer exists")
    return row


def open_path(ctx: AppContext, file_id: int) -> Path:
    """A copy with the file's real name, for the desktop's default application
    or a drag out of the window. The stored original is never handed out."""
    with ctx.read() as s:
        row = _file(s, file_id)
        name, sha = row.name, row.sha256
    src = blob_path(sha)
    if not src.exists():
        raise ServiceError(f"The contents of “{name}” are missing from this computer's "
                           "file store; it may have been added on another desk")
    out_dir = Path(tempfile.mkdtemp(prefix="ringcard-open-"))
    target = out_dir / safe_name(name)
    shutil.copyfile(src, target)
    return target


# --- the contact picture --------------------------------------------------

def set_picture(ctx: AppContext, contact_id: int, image: bytes) -> None:
    """Store the (already square-cropped) picture and point the contact at it."""
    if not image:
        raise ServiceError("The picture is empty")
    sha, _ = store_bytes(image)
    with ctx.write() as s:
        contact = s.get(Contact, contact_id)
        if contact is None:
            raise NotFound(f"Contact {contact_id} does not exist")
        contact.picture = sha


def remove_picture(ctx: AppContext, contact_id: int) -> None:
    with ctx.write() as s:
        contact = s.get(Contact, contact_id)
        if contact is not None:
            contact.picture = None


def picture_bytes(ctx: AppContext, contact_id: int) -> bytes | None:
    """The picture, or None if there is none. Raises ServiceError with a clear
    message when it is recorded but missing or unreadable here."""
    with ctx.read() as s:
        contact = s.get(Contact, contact_id)
        sha = contact.picture if contact else None
    if not sha:
        return None
    try:
        return blob_path(sha).read_bytes()
    except OSError as exc:
        raise ServiceError("The contact's picture is missing or unreadable on this computer") from exc
