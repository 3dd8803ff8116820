#!/usr/bin/env python3
"""Writes a staged root file system as a one-layer image in `docker save` format.

That is the format Jib reads as a `tar://` base image (it looks for manifest.json), and the one
`docker load`, `podman load` and `skopeo copy docker-archive:` take. No daemon and no registry involved.

Every entry is owned by root:root except the paths given with --owned-by-user, which belong to the
image's non-root user; every mtime is --mtime (SOURCE_DATE_EPOCH style), and entries are written in
sorted order, so the same staged tree always gives the same layer digest.
"""
import argparse
import gzip
import hashlib
import io
import json
import os
import stat
import sys
import tarfile


def build_layer(rootfs, mtime, owned_by_user, uid):
    """Returns the uncompressed layer tar as bytes."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        entries = []
        for dirpath, dirnames, filenames in os.walk(rootfs):
            dirnames.sort()
            for name in dirnames + sorted(filenames):
                entries.append(os.path.join(dirpath, name))
        for path in sorted(entries, key=lambda p: os.path.relpath(p, rootfs)):
            rel = os.path.relpath(path, rootfs)
            info = tar.gettarinfo(path, arcname=rel)
            info.mtime = mtime
            owned = any(rel == p or rel.startswith(p + "/") for p in owned_by_user)
            info.uid = info.gid = uid if owned else 0
            info.uname = info.gname = ""
            if info.isreg():
                with open(path, "rb") as f:
                    tar.addfile(info, f)
            else:
                tar.addfile(info)
    return buf.getvalue()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--rootfs", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--tag", required=True, help="repo:tag written to RepoTags")
    p.add_argument("--mtime", type=int, default=0)
    p.add_argument("--user", default="185")
    p.add_argument("--owned-by-user", action="append", default=[])
    p.add_argument("--env", action="append", default=[])
    p.add_argument("--workdir", default="/")
    p.add_argument("--label", action="append", default=[])
    p.add_argument("--arch", default="amd64")
    a = p.parse_args()

    layer = build_layer(a.rootfs, a.mtime, a.owned_by_user, int(a.user))
    diff_id = "sha256:" + hashlib.sha256(layer).hexdigest()
    # gzip without a file name and with mtime 0 so the compressed bytes are reproducible as well
    gz = io.BytesIO()
    with gzip.GzipFile(fileobj=gz, mode="wb", mtime=0, compresslevel=6) as g:
        g.write(layer)
    layer_gz = gz.getvalue()
    layer_digest = hashlib.sha256(layer_gz).hexdigest()

    created = __import__("datetime").datetime.fromtimestamp(a.mtime, __import__("datetime").timezone.utc)
    config = {
        "architecture": a.arch,
        "os": "linux",
        "created": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "config": {
            "User": a.user,
            "Env": a.env,
            "WorkingDir": a.workdir,
            "Labels": dict(l.split("=", 1) for l in a.label),
        },
        "rootfs": {"type": "layers", "diff_ids": [diff_id]},
        "history": [{"created": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
                     "created_by": "deploy/images/base/build"}],
    }
    config_bytes = json.dumps(config, sort_keys=True, separators=(",", ":")).encode()
    config_digest = hashlib.sha256(config_bytes).hexdigest()
    manifest = [{
        "Config": config_digest + ".json",
        "RepoTags": [a.tag],
        "Layers": [layer_digest + ".tar.gz"],
    }]

    tmp = a.out + ".tmp"
    with tarfile.open(tmp, mode="w", format=tarfile.PAX_FORMAT) as out:
        for name, data in ((config_digest + ".json", config_bytes),
                           (layer_digest + ".tar.gz", layer_gz),
                           ("manifest.json", json.dumps(manifest).encode())):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = a.mtime
            info.mode = 0o644
            out.addfile(info, io.BytesIO(data))
    os.replace(tmp, a.out)
    print(f"image id sha256:{config_digest}")
    print(f"layer    sha256:{layer_digest} ({len(layer_gz)} bytes compressed, {len(layer)} uncompressed)")


if __name__ == "__main__":
    sys.exit(main())
