/// The privacy interfaces of the official 《小程序用户隐私保护指引》 table: for each kind of user
/// information, the APIs, authorization scopes, button open-types and components that process it.
enum PrivacyInterfaces {
    struct InfoType: Sendable {
        /// The name used in the privacy guide, e.g. 位置信息.
        let name: String
        let apis: Set<String>
        let scopes: Set<String>
        let openTypes: Set<String>
        let components: Set<String>
    }

    static let all: [InfoType] = [
        InfoType(
            name: "用户信息（微信昵称、头像）", apis: ["getUserInfo", "getUserProfile"], scopes: [],
            openTypes: ["chooseAvatar", "getUserInfo"], components: []
        ),
        InfoType(
            name: "位置信息",
            apis: ["getLocation", "startLocationUpdate", "startLocationUpdateBackground", "getFuzzyLocation"],
            scopes: ["scope.userLocation", "scope.userLocationBackground", "scope.userFuzzyLocation"],
            openTypes: [], components: []
        ),
        InfoType(name: "选中的位置信息", apis: ["choosePoi", "chooseLocation"], scopes: [], openTypes: [], components: []),
        InfoType(name: "地址", apis: ["chooseAddress"], scopes: [], openTypes: [], components: []),
        InfoType(
            name: "发票信息", apis: ["chooseInvoiceTitle", "chooseInvoice"], scopes: [], openTypes: [], components: []),
        InfoType(name: "微信运动步数", apis: ["getWeRunData"], scopes: ["scope.werun"], openTypes: [], components: []),
        InfoType(
            name: "手机号", apis: [], scopes: [], openTypes: ["getPhoneNumber", "getRealtimePhoneNumber"], components: []
        ),
        InfoType(name: "车牌号", apis: ["chooseLicensePlate"], scopes: [], openTypes: [], components: []),
        InfoType(
            name: "选中的照片或视频信息", apis: ["chooseImage", "chooseMedia", "chooseVideo"], scopes: [], openTypes: [],
            components: []
        ),
        InfoType(name: "选中的文件", apis: ["chooseMessageFile"], scopes: [], openTypes: [], components: []),
        InfoType(
            name: "麦克风", apis: ["startRecord", "getRecorderManager", "joinVoIPChat"], scopes: ["scope.record"],
            openTypes: [], components: ["live-pusher"]
        ),
        InfoType(
            name: "摄像头", apis: ["createVKSession", "createCameraContext"], scopes: ["scope.camera"], openTypes: [],
            components: ["camera", "live-pusher", "voip-room"]
        ),
        InfoType(
            name: "蓝牙", apis: ["openBluetoothAdapter", "createBLEPeripheralServer"], scopes: ["scope.bluetooth"],
            openTypes: [], components: []
        ),
        InfoType(
            name: "相册（仅写入）权限", apis: ["saveImageToPhotosAlbum", "saveVideoToPhotosAlbum"],
            scopes: ["scope.writePhotosAlbum"], openTypes: [], components: []
        ),
        InfoType(
            name: "通讯录（仅写入）权限", apis: ["addPhoneContact"], scopes: ["scope.addPhoneContact"], openTypes: [],
            components: []
        ),
        InfoType(
            name: "日历（仅写入）权限", apis: ["addPhoneRepeatCalendar", "addPhoneCalendar"],
            scopes: ["scope.addPhoneCalendar"], openTypes: [], components: []
        ),
        InfoType(name: "加速传感器", apis: ["startAccelerometer"], scopes: [], openTypes: [], components: []),
        InfoType(name: "磁场传感器", apis: ["startCompass"], scopes: [], openTypes: [], components: []),
        InfoType(name: "方向传感器", apis: ["startDeviceMotionListening"], scopes: [], openTypes: [], components: []),
        InfoType(name: "陀螺仪传感器", apis: ["startGyroscope"], scopes: [], openTypes: [], components: []),
        InfoType(
            name: "剪切板", apis: ["setClipboardData", "getClipboardData"], scopes: [], openTypes: [], components: []),
    ]

    /// One place where the code processes a kind of user information.
    struct Use {
        let infoType: String
        let evidence: String
        let location: Location
    }

    /// Every use of a privacy interface in scripts and WXML, in file order.
    static func uses(in submission: Submission) -> [Use] {
        var uses: [Use] = []
        let allAPIs = Set(all.flatMap(\.apis)).union(["authorize"])
        for site in CallSite.find(allAPIs, in: submission) {
            if site.api == "authorize" {
                let scopes = Set(site.argumentStrings())
                for type in all where !type.scopes.isDisjoint(with: scopes) {
                    uses.append(Use(infoType: type.name, evidence: site.evidence, location: site.location))
                }
            } else if let type = all.first(where: { $0.apis.contains(site.api) }) {
                uses.append(Use(infoType: type.name, evidence: site.evidence, location: site.location))
            }
        }
        for file in submission.wxmlFiles {
            for element in file.document.elements {
                let tag = element.lowercasedName
                for type in all where type.components.contains(tag) {
                    uses.append(
                        Use(
                            infoType: type.name, evidence: "<\(element.name)>",
                            location: .file(file.path, line: element.line, column: element.column)))
                }
                guard tag == "button", let openType = element.attribute("open-type"), let value = openType.value else {
                    continue
                }
                let kinds = Set(value.split(separator: "|").map { String($0).trimmingWhitespace() })
                for type in all where !type.openTypes.isDisjoint(with: kinds) {
                    uses.append(
                        Use(
                            infoType: type.name, evidence: "open-type=\"\(value)\"",
                            location: .file(file.path, line: openType.line, column: openType.column)
                        )
                    )
                }
            }
        }
        return uses
    }
}
