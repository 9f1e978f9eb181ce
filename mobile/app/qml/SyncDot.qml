import QtQuick
import FieldLedger

// The sync state as a coloured dot, the same on the strip and the Sync page.
Rectangle {
    implicitWidth: 10
    implicitHeight: 10
    radius: width / 2
    color: {
        switch (Session.syncState) {
        case Session.UpToDate:
            if (Session.rejectedCount > 0)
                return Theme.late
            return Session.pendingCount > 0 ? Theme.amber : Theme.ok
        case Session.Syncing: return Theme.primary
        case Session.Offline: return Theme.amber
        default: return Theme.late
        }
    }
}
