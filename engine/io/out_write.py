"""Writing a reserved ``--out`` all at once: a whole folder, or a single file.

Everything is written in a hidden temporary folder (or file) ``.pacte-tmp.NOM.PID.XXXX``
created beside the target (same file system), then renamed into place; an older result is
swapped out and removed only once the new one is complete. On any error or interruption the
temporary is removed and the target left as it was. The reservation itself (checks and lock)
is made by :func:`engine.io.output_dir.reserve`.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from engine.io.out_cleanup import remove, remove_stale, signals_held
from engine.io.out_target import TEMP_PREFIX, Kind, check_existing, file_mode, refuse, why


@dataclass
class Reservation:
    """A target reserved by this process: checked, locked, written all at once."""

    out: Path | str
    target: Path
    kind: Kind
    lock_fd: int
    lock_path: Path
    owner: int
    depth: int = 1

    def write_folder(self, fill: Callable[[Path], None]) -> Path:
        """Run ``fill(temporary_folder)``, then move the folder into place (old result swapped
        out and removed)."""
        self._expect(Kind.FOLDER)
        parent, name = self.target.parent, self.target.name
        remove_stale(parent)
        tmp = self._temp(lambda: Path(tempfile.mkdtemp(prefix=self._prefix(), dir=parent)))
        old = parent / f"{TEMP_PREFIX}{name}.{os.getpid()}.ancien"
        return self._install(tmp, fill, 0o777, lambda: self._swap_folder(tmp, old))

    def write_files(self, files: Mapping[str, str | bytes]) -> Path:
        """Write ``files`` (name → text or bytes) as the whole folder."""
        def fill(folder: Path) -> None:
            for file_name, content in files.items():
                if isinstance(content, bytes):
                    (folder / file_name).write_bytes(content)
                elif isinstance(content, str):
                    (folder / file_name).write_text(content, encoding="utf-8")
                else:
                    raise TypeError(f"contenu de {file_name} : texte ou octets attendus")
        return self.write_folder(fill)

    def write_file(self, fill: Callable[[Path], None]) -> Path:
        """Run ``fill(temporary_file_path)``, then rename the file into place."""
        self._expect(Kind.FILE)
        parent = self.target.parent
        remove_stale(parent)

        def make() -> Path:
            fd, name = tempfile.mkstemp(prefix=self._prefix(), dir=parent)
            os.close(fd)
            return Path(name)

        tmp = self._temp(make)
        return self._install(tmp, fill, 0o666, lambda: os.replace(tmp, self.target))

    def _install(self, tmp: Path, fill: Callable[[Path], None], mode: int,
                 move: Callable[[], None]) -> Path:
        """Fill the temporary, then move it into place with signals held; on any failure
        or interruption the temporary is removed and the target left as it was."""
        try:
            fill(tmp)
            os.chmod(tmp, file_mode(mode))
            check_existing(self.out, self.target, self.kind)
            with signals_held():
                move()
        except OSError as exc:
            remove(tmp)
            raise refuse(self.out, f"écriture impossible dans {self.target.parent} "
                                   f"({why(exc)}) ; rien n'a été modifié") from None
        except BaseException:
            remove(tmp)
            raise
        return self.target

    def write_text(self, text: str) -> Path:
        return self.write_file(lambda path: path.write_text(text, encoding="utf-8"))

    def _expect(self, kind: Kind) -> None:
        if self.kind is not kind:
            raise ValueError(f"cible réservée comme {self.kind}, écrite comme {kind}")

    def _prefix(self) -> str:
        return f"{TEMP_PREFIX}{self.target.name}.{os.getpid()}."

    def _temp(self, make: Callable[[], Path]) -> Path:
        try:
            with signals_held():
                return make()
        except OSError as exc:
            raise refuse(self.out, f"impossible d'écrire dans le dossier {self.target.parent} "
                                   f"({why(exc)})") from None

    def _swap_folder(self, tmp: Path, old: Path) -> None:
        if not self.target.exists():
            os.rename(tmp, self.target)
            return
        remove(old)
        os.rename(self.target, old)
        try:
            os.rename(tmp, self.target)
        except OSError:
            os.rename(old, self.target)
            raise
        remove(old)
