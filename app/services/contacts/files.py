"""The card's File area and the contact picture.

Bytes are stored once under their SHA-256 in ``<data>/files/ab/abcdef...``;
the database keeps the user's name, folder and size. Names are metadata only:
nothing the user types decides a path we write to, and a name like
``../../x`` is reduced to ``x`` when a copy is made for the desktop.
"""

from __future__ import annotations

import atexit
import hashlib
import logging
import os
import re
import shutil
import stat
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, func, select

from app.config import data_dir
from app.i18n import translate
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
        raise ServiceError(translate("Files", "Damaged file reference"))
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
                    message = translate("Files", "Files over {size} MiB are not stored")
                    raise ServiceError(message.format(size=MAX_FILE_BYTES // 2**20))
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
    """Stores a regular file's bytes. A link is refused, not followed (a link to a
    system file stored that file), and so is a device or a pipe (it may never end)."""
    try:
        if path.is_symlink():
            message = translate("Files", "“{name}” is a link; add the file it points to instead")
            raise ServiceError(message.format(name=path.name))
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        with open(fd, "rb") as src:
            mode = os.fstat(src.fileno()).st_mode
            if stat.S_ISDIR(mode):
                raise IsADirectoryError(path)
            if not stat.S_ISREG(mode):
                message = translate("Files", "“{name}” is not a regular file; only files can be added")
                raise ServiceError(message.format(name=path.name))
            return _store_stream(iter(lambda: src.read(1 << 20), b""))
    except FileNotFoundError as exc:
        raise ServiceError(translate("Files", "“{path}” does not exist").format(path=path)) from exc
    except IsADirectoryError as exc:
        message = translate("Files", "“{name}” is a folder; add the files in it instead")
        raise ServiceError(message.format(name=path.name)) from exc
    except PermissionError as exc:
        message = translate("Files", "“{name}” cannot be read (permission denied)")
        raise ServiceError(message.format(name=path.name)) from exc
    except OSError as exc:  # ELOOP: a link put there after the check
        message = translate("Files", "“{name}” cannot be added: {reason}")
        raise ServiceError(message.format(name=path.name, reason=exc.strerror or exc)) from exc


def _check_folder(s, contact_id: int, folder_id: int | None) -> None:  # type: ignore[no-untyped-def]
    if folder_id is None:
        return
    folder = s.get(ContactFolder, folder_id)
    if folder is None or folder.contact_id != contact_id:
        raise NotFound(translate("Files", "That folder no longer exists"))


def add_file(ctx: AppContext, contact_id: int, source: Path, *, folder_id: int | None = None,
             name: str | None = None) -> int:
    """Upload a file from disk (or a drop) into the contact's File area."""
    sha, size = store_file(Path(source))
    with ctx.write() as s:
        if s.get(Contact, contact_id) is None:
            raise NotFound(translate("Files", "Contact {id} does not exist").format(id=contact_id))
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
        raise ServiceError(translate("Files", "A folder needs a name"))
    with ctx.write() as s:
        _check_folder(s, contact_id, parent_id)
        taken = s.scalar(select(func.count()).select_from(ContactFolder).where(
            ContactFolder.contact_id == contact_id, ContactFolder.name == clean,
            ContactFolder.parent_id.is_(None) if parent_id is None
            else ContactFolder.parent_id == parent_id))
        if taken:
            message = translate("Files", "There is already a folder “{name}” here")
            raise ServiceError(message.format(name=clean))
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
        raise ServiceError(translate("Files", "A file needs a name"))
    with ctx.write() as s:
        _file(s, file_id).name = safe_name(name)


def rename_folder(ctx: AppContext, folder_id: int, name: str) -> None:
    clean = safe_name(name) if name.strip() else ""
    if not clean:
        raise ServiceError(translate("Files", "A folder needs a name"))
    with ctx.write() as s:
        folder = s.get(ContactFolder, folder_id)
        if folder is None:
            raise NotFound(translate("Files", "That folder no longer exists"))
        taken = s.scalar(select(func.count()).select_from(ContactFolder).where(
            ContactFolder.contact_id == folder.contact_id, ContactFolder.name == clean,
            ContactFolder.id != folder_id,
            ContactFolder.parent_id.is_(None) if folder.parent_id is None
            else ContactFolder.parent_id == folder.parent_id))
        if taken:
            message = translate("Files", "There is already a folder “{name}” here")
            raise ServiceError(message.format(name=clean))
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
        raise NotFound(translate("Files", "That file no longer exists"))
    return row


def open_path(ctx: AppContext, file_id: int) -> Path:
    """A copy with the file's real name, for the desktop's default application
    or a drag out of the window. The stored original is never handed out."""
    with ctx.read() as s:
        row = _file(s, file_id)
        name, sha = row.name, row.sha256
    src = blob_path(sha)
    if not src.exists():
        raise ServiceError(translate("Files", "The contents of “{name}” are missing from this computer's "
                                     "file store; it may have been added on another desk").format(name=name))
    out_dir = _open_dir()  # each its own: names may repeat
    target = out_dir / safe_name(name)
    shutil.copyfile(src, target)
    return target


OPEN_PREFIX = "ringcard-open-"
_this_run: list[Path] = []  # the folders of this process's copies


def _open_dir() -> Path:
    """A new folder for an opened copy, ``ringcard-open-<pid>-...`` in the system temp
    folder; this process's are removed when it ends. The first also removes what
    earlier runs left behind (``clean_open_copies``)."""
    if not _this_run:
        clean_open_copies()
        atexit.register(_remove_this_runs_copies)
    folder = Path(tempfile.mkdtemp(prefix=f"{OPEN_PREFIX}{os.getpid()}-"))
    _this_run.append(folder)
    return folder


def _remove_this_runs_copies() -> None:
    for folder in _this_run:
        shutil.rmtree(folder, ignore_errors=True)


def clean_open_copies(*, min_age_s: float = 3600) -> int:
    """Removes the opened copies that earlier runs left in the system temp folder (a
    run that crashed, or a version that never removed them): folders of a process
    that is gone, and (without a process id, or off POSIX) ones older than
    ``min_age_s``. Returns how many were removed."""
    removed = 0
    now = datetime.now().timestamp()
    for folder in Path(tempfile.gettempdir()).glob(f"{OPEN_PREFIX}*"):
        try:
            info = folder.lstat()
            if not stat.S_ISDIR(info.st_mode) or (hasattr(os, "getuid")
                                                   and info.st_uid != os.getuid()):
                continue
            pid_text, _, rest = folder.name[len(OPEN_PREFIX):].partition("-")
            pid = int(pid_text) if pid_text.isdigit() and rest else None
            if pid == os.getpid():
                continue
            if pid is not None and os.name == "posix":
                if _alive(pid):
                    continue
            elif now - info.st_mtime < min_age_s:
                continue
            shutil.rmtree(folder)
            removed += 1
        except OSError as exc:
            log.info("opened copies in %s not removed: %s", folder, exc)
    return removed


def _alive(pid: int) -> bool:
    """POSIX only (on Windows os.kill would end the process)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# --- the contact picture --------------------------------------------------

def set_picture(ctx: AppContext, contact_id: int, image: bytes) -> None:
    """Store the (already square-cropped) picture and point the contact at it."""
    if not image:
        raise ServiceError(translate("Files", "The picture is empty"))
    sha, _ = store_bytes(image)
    with ctx.write() as s:
        contact = s.get(Contact, contact_id)
        if contact is None:
            raise NotFound(translate("Files", "Contact {id} does not exist").format(id=contact_id))
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
        message = translate("Files", "The contact's picture is missing or unreadable on this computer")
        raise ServiceError(message) from exc
