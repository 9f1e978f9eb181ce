import QtQuick
import QtPositioning
import FieldLedger

// The technician's position for check-in and the visit's events: the phone's own
// source, or an NMEA log played back when the app was started with --nmea FILE.
Item {
    id: feed
    property bool active: true
    readonly property bool hasFix: source.valid && source.position.latitudeValid
                                   && source.position.longitudeValid
    readonly property double latitude: hasFix ? source.position.coordinate.latitude : 0
    readonly property double longitude: hasFix ? source.position.coordinate.longitude : 0
    readonly property double accuracy: hasFix && source.position.horizontalAccuracyValid
                                       ? source.position.horizontalAccuracy : 0
    signal fixChanged()

    PositionSource {
        id: source
        objectName: "positionSource"
        name: PositionSettings.simulated ? "nmea" : ""
        active: feed.active
        updateInterval: 5000
        preferredPositioningMethods: PositionSource.SatellitePositioningMethods
        PluginParameter {
            name: "nmea.source"
            value: PositionSettings.simulated ? "file://" + PositionSettings.nmeaFile : ""
        }
        onPositionChanged: feed.fixChanged()
    }
}
