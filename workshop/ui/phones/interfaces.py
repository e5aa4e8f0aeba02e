"""The laptop's networks a session can be offered on: each IPv4 address of an interface
that is up, the room's Wi-Fi or the laptop's hotspot first, this laptop alone last (for
trying the page out on the laptop itself)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QNetworkInterface


@dataclass(frozen=True)
class NetworkChoice:
    label: str
    address: str

    def host_address(self) -> QHostAddress:
        return QHostAddress(self.address)


def network_choices() -> list[NetworkChoice]:
    flags = QNetworkInterface.InterfaceFlag
    found: list[NetworkChoice] = []
    for interface in QNetworkInterface.allInterfaces():
        wanted = flags.IsUp | flags.IsRunning
        if interface.flags() & wanted != wanted or interface.flags() & flags.IsLoopBack:
            continue
        name = interface.humanReadableName() or interface.name()
        for entry in interface.addressEntries():
            address = entry.ip()
            if address.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            found.append(NetworkChoice(f"{name} — {address.toString()}", address.toString()))
    local = QCoreApplication.translate("Phones", "This laptop only — 127.0.0.1")
    return [*found, NetworkChoice(local, "127.0.0.1")]
