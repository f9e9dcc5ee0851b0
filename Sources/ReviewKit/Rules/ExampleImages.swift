/// Small images for rule examples, in base64. The first ones serve rules that read only headers
/// (format, pixel size), so some are headers alone; the decoded images below are whole files.
enum ExampleImages {
    /// A 144×144 PNG (solid green).
    static let png144x144 = """
        iVBORw0KGgoAAAANSUhEUgAAAJAAAACQCAIAAABoJHXvAAAA5klEQVR42u3RQQ0AAAjEsLMB/r94RAehyRSs6SkdKhYAEzAB\
        AyZgAgZMwAQMmIAJGDABEzBgAiZgwARMwIAJmIABEzABA+YCMAETMGACJmDABEzAgAmYgAETMAEDJmACBkzABAyYgAkYMAET\
        MGACJmACBkzABAyYgAkYMAETMGACJmDABEzAgAmYgAETMAEDJmACBkzABEzAgAmYgAETMAEDJmACBkzABAyYgAkYMAETMGAC\
        JmDABEzAgAmYgAkYMAETMGACJmDABEzAgAmYgAETMAEDJmACBkzABAyYgAkYMAETsO8tHvbkG3dg3kUAAAAASUVORK5CYII=
        """
    /// A 240×160 PNG: not square.
    static let png240x160 = """
        iVBORw0KGgoAAAANSUhEUgAAAPAAAACgCAIAAAC9uXYyAAABRElEQVR42u3SMQ0AAAgEsbcB/lc8ooKFNKmCy6Wn4I1IgKHB\
        0GBoMDSGBkODocHQYGgMDYYGQ4OhwdAYGgwNhgZDg6ExNBgaDA2GBkNjaDA0GBoMDYbG0GBoMDQYGgyNocHQYGgwNIYGQ4Oh\
        wdBgaAwNhgZDg6HB0BgaDA2GBkODoTE0GBoMDYYGQ2NoMDQYGgwNhsbQYGgwNBgaDI2hwdBgaDA0GBpDg6HB0GBoDA2GBkOD\
        ocHQGBoMDYYGQ4OhMTQYGgwNhgZDY2gwNBgaDA2GxtBgaDA0GBoMjaHB0GBoMDQYGkODocHQYGgMrQKGBkODocHQGBoMDYYG\
        Q4OhMTQYGgwNhgZDY2gwNBgaDA2GxtBgaDA0GBoMjaHB0GBoMDQYGkODocHQYGgwNIYGQ4OhwdAYGgwNhgZDg6ExNBgaDA03\
        Fn5FR66ajO8DAAAAAElFTkSuQmCC
        """
    /// A 96×96 PNG: square but small.
    static let png96x96 = """
        iVBORw0KGgoAAAANSUhEUgAAAGAAAABgCAIAAABt+uBvAAAAjklEQVR42u3QMQ0AAAgDsNkA/y8eccDJ1aQKmp7iEAWCBAkS\
        JEiQIEEIEiRIkCBBggQhSJAgQYIECRKEIEGCBAkSJEiQIAQJEiRIkCBBghAkSJAgQYIECUKQIEGCBAkSJEgQggQJEiRIkCBB\
        CBIkSJAgQYIEIUiQIEGCBAkSJAhBggQJEiRIkCAECRL0ZwGZ1IHSZ1hyIQAAAABJRU5ErkJggg==
        """
    /// An 81×81 PNG, the size the docs suggest for tabBar icons.
    static let png81x81 = """
        iVBORw0KGgoAAAANSUhEUgAAAFEAAABRCAIAAAAl7d1hAAAAaklEQVR42u3PQQ0AAAgEoKuh/b92NIeTjQKkp76Js7Ozs7Oz\
        s7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7PzGQvh\
        TG4rPDD3ZQAAAABJRU5ErkJggg==
        """
    /// The header of a 144×144 baseline JPEG (APP0 JFIF, SOF0).
    static let jpeg144x144 = "/9j/4AAQSkZJRgABAQAAAQABAAD/wAARCACQAJADASIAAhEBAxEB/9k="
    /// The header of a 1024×768 baseline JPEG: a photo rather than an icon.
    static let jpeg1024x768 = "/9j/4AAQSkZJRgABAQAAAQABAAD/wAARCAMABAADASIAAhEBAxEB/9k="
    /// A 144×144 GIF header with a 2-colour palette.
    static let gif144x144 = "R0lGODlhkACQAIAAABqtGf///ywAAAAAkACQAAACAkQBADs="
    /// The header of a 144×144 24-bit BMP (BITMAPINFOHEADER).
    static let bmp144x144 = "Qk02AAAAAAAAADYAAAAoAAAAkAAAAJAAAAABABgAAAAAAAAAAAATCwAAEwsAAAAAAAAAAAAA"
    /// Not an image: a text file saved with an image extension.
    static let notAnImage = "6L+Z5LiN5piv5Zu+54mH"
    /// The signature of a WebP file (RIFF … WEBP), a format the icon form does not take.
    static let webp = "UklGRiQAAABXRUJQVlA4IBgAAAA="

    // MARK: - Decoded images

    // Copies of Tests/Fixtures/images (made by scripts/example-images); a test checks they match.

    /// A 144×144 icon: an orange disc on a transparent background (icon-transparent-background.png).
    static let iconTransparentBackground = """
        iVBORw0KGgoAAAANSUhEUgAAAJAAAACQCAYAAADnRuK4AAABNklEQVR42u3SAQkAIAxFwcUxnsHtoBkExQ3v4BfYXgQAAAAAAAAA\
        AAAAAAAAAAAAAEBSo7e5MxcTy/G5rGjExNtwhCQcIQkn73xIOEISj4goHI6QxCMi8YhIPCJCPCISj4jEIyLxiAgBCUg8IhKPiAQk\
        IPGYiAQkIPGISEACEo+JSEACEo+IBCQgAQkI8YhIQAISkIAEJCABmYDEIyIBCUhAAhKQCUhAAhKQgAQkIAGZgAQkIAEJSEACEpAJ\
        SETiEZCABCQgAQkIMQhIROIRkIAEJCARmXgEJCARiUdAAhKRiUdAAhKReAQkIBGJBxGJR0ACEpF4RCQeRCQeEYlHROIRkXj4NCKf\
        FJJwRCQeCoTkQ0ISjpCEQ/KQXFxMouFeVC4GAAAAAAAAAAAAAAAAAAAAAABktQB2+03AuQJmuwAAAABJRU5ErkJggg==
        """
    /// A 144×144 icon: an orange disc on white (icon-white-background.png).
    static let iconWhiteBackground = """
        iVBORw0KGgoAAAANSUhEUgAAAJAAAACQCAYAAADnRuK4AAABy0lEQVR42u3dwQ1CQQxDwZRDeRROD1ADgg9rZ57kBlZzzs5T+qDx\
        BAJIAAkgASQBJIAEkACSABJAAkgASQAJIAEkgCSABJAAEkACSAJIAAkgASQBJIAEkACSABJAF/a4396aFgN6FwtUAF2GZjumAQck\
        gA6EswXSgAMSQAFwWiENPBCtBZQKpwnSwAPROkBteJIRDTwQrQHUjicR0cADUT2gbXiSEA08EAEEEEDwZCIaeCACCCCA4MlEBBBA\
        XYBAyUIEEEA9gADJQwQQQB2AwMhEBBBAAAG0HBAQuYgAAggggAAygAACCB6IAAIIIAMIIIAAAggggAAygAACCCCAAAIIIAMIIIAg\
        ggcggAACCCCAAAIIIIjgAQgggAwgiBxXAAigQEAQOTAFEEAQwQMQQJsBQeTQOEAAQQRPOCCIfPcEEEAQwRMOaCOilHz7Dc8eQBsQ\
        pRUHqBlRYpGAGhGlFguoCVFy0YDSITVUASgRUUs1gFIgtVUH6FRIrdUCOgVSe/WA/gVpS2sA/QLTxlYC+gYqASSABJAAEkASQAJI\
        AAkgCSABJIAEkASQABJAAkgCSAAJIAEkgCSABJAAEkASQAJIAAkgCSABpFN7ATWZ5owLs8SKAAAAAElFTkSuQmCC
        """
    /// A 144×144 icon: an orange disc on white inside an 8-pixel blue border (icon-white-with-border.png).
    static let iconWhiteWithBorder = """
        iVBORw0KGgoAAAANSUhEUgAAAJAAAACQCAYAAADnRuK4AAACBklEQVR42u3d0U1DURBDQSrhm5qogjIphh6ghiAFvPYcyQ1E8/eU\
        vS+v75/fZr/dix/BADKADCADyAwgA8hqAGk7gASQABJAAgggASSABJAAAkgACSABJIAAEkACSAAJIIAEkAASQAJIAAEkgARQal8f\
        bw8NoGFAj2JZRgXQk9G0Y5oH9Ndw2iDNAvpvOC2Q5gClwbkOaQZQOpyrkCYAXcNzCVE1oKtwLkGqBdSCJx1RJaA2PMmI6gC14klF\
        VAWoHU8iohpAK3jSEFUAWsOThOg8oFU8KYgAAmgX0DqeBERnAYGTgQgggPYAAZODCCCAtgCBkoUIIIB2AAGShwgggDYAgZGJCCCA\
        ADKA4DmKCCCAADKAAAIIIIACAYGQjQgggAAygAACCCCAAAIIIAMIIIAAAggggAACCCADCCIfUwECCCCAADKAAALI33rgAQgggAwg\
        iBxXAAggB6bgAcgAgsiRTYAAcmgcHoAAAggij61A5LkngACqBbSMKCGP7sID0BqipKoALSBKqw5QM6LEKgE1IkqtFlATouSqAV2H\
        dKEJQBcRXWkG0BVI15oDlArparOAUiBdbx7Qf0FqCaA/xNQYQE9CtRJAAkgACSABBJAAEkACSAABJIAEkAASQAAJIAEkgAQQQAJI\
        AAkgASSAABJAAkhjgMwAMoAMIAPIDCADyACyiv0AbgZX2eNE2IwAAAAASUVORK5CYII=
        """
    /// A 144×144 icon: a blue rounded square with a white disc, transparent outside the rounded
    /// corners (icon-rounded-square.png).
    static let iconRoundedSquare = """
        iVBORw0KGgoAAAANSUhEUgAAAJAAAACQCAYAAADnRuK4AAAB8UlEQVR42u3d2Q3CQBBEQUdCYERMViASQGbb3mtqpJdAu/5A9nF0\
        vsfz9dZ9HTucBwkXNDCBo4khGR8keNQXkZFBgkf9ERkUInjUH5EB1YzIcIoQGU3NgAymZkSGUoTISGoGZCBFiIyjZkCGUYTIKAJI\
        YwAZRBEiYwggASSABJAEkHoBMoQiREYQQAJIAAkgCSABJIAEkASQABJAAkgC6Gdnz1YA/QUGKIAuRwNTMUC9DyBwQKoOaJYDCByQ\
        qgCa/QCCB6IdAa12AMED0Q6AVj+AAAIIHojKAdrtAAIIIHggAggggCriWRURQAABBBBA8CyKCCCAAAIIIIAAgqciIoAAAggggAAC\
        CCCAAAIIIIAAAggggAACCCA/ZcADEEAAAQQQQAD5Sys8AAEEEEAAQQQPQAB5uQI8AAEEEEQl8XjFHTwAAQSQ1/wCBFFFPD51AA9A\
        PrYCUBlEO27tg3PgADQzot339dFdcACaCVK1PcsBugNT5Q1LA2oFZSuABJAAEkACyBACSAAJIAEkASSABJAAkgDSjYC+Zwg14wFI\
        AAkgASSAJIDUGxBEivAAJIA0FhBEivAApBgQRIrwAKQYEESK8ECkGA9AigFBpAgPRIrxQATPZWdQeCDSODwggQOR5sADEjgggTPv\
        eUDQwAXJqfsANV8yVwTYcYoAAAAASUVORK5CYII=
        """
    /// A 144×144 JPEG icon: a white disc on a full-bleed blue background (icon-colored.jpg).
    static let iconColoredJPEG = """
        /9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIDAoMDAsKCwsNDhIQDQ4RDgsLEBYQERMU\
        FRUVDA8XGBYUGBIUFRT/2wBDAQMEBAUEBQkFBQkUDQsNFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQU\
        FBQUFBQUFBT/wAARCACQAJADASIAAhEBAxEB/8QAGAABAQEBAQAAAAAAAAAAAAAAAAgJAwf/xAAiEAABBAICAgMBAAAAAAAAAAAB\
        AAIDBAURBiEIEwcJEiL/xAAaAQEAAgMBAAAAAAAAAAAAAAAABAUGBwgD/8QAKxEAAQQBAgUDAwUAAAAAAAAAAAECAwQRBRIhMUGR\
        sRVRcQbB8BQWUqHR/9oADAMBAAIRAxEAPwDwxERdWmlwiIgCIiAIiIAiIgCIiAIiIAiIgCIiAIiIAiIgCIiAIiIAiIgCIiAIiIAi\
        IgCIiAIiIAiIgCIiAIu9ChZyl6vSpV5blyzI2GCvAwvkle46axrR25xJAAHZJVc/F311cjzkMN3nGZi4zF7GF2MpNbatOYHuEjXS\
        B3rjcWhpa5vtH99gFv5NZe1KpprEfakRueSdV+ETiS69Se27bC3PjuR+i0/434GfEWDovgu4nIchldIXi1ksjKyRo0B+AIDE38jR\
        PbSduPetAOSeBnxFnKLIKWJyHHpWyB5tY3IyvkcNEfgicyt/J2D00HbR3rYOK/vTTd+3a/HvhMec/wBF16Bb25y34yv+YMwEVgfK\
        P11cjwcM13g+Zi5NF7HluMutbVtNYXtEbWyF3rkcGlxc53qH8dAl35EjX6FnF3rFK7Xlp3K0joZ687CySJ7TpzHNPbXAggg9ghZV\
        R1KpqTFfVkR2OadU+UXiUtipPUdtmbjx3OCIisyIEREAREQBERAEREAXehQs5S9XpUq8ty5ZkbDBXgYXySvcdNY1o7c4kgADskrg\
        rA+ur4ujznNczzi7DL6sHGKtBxjeI3WJmuEjmyAgFzIttLCHdWGu6Ibus1K8zTaklp6Z2pwT3XkidyXUrutzthb18dSm/GfxnxPw\
        Dx0yymLJ8uvRgZDKNb/LR0fRDsbbECBs9F5Ac7WmtZ7WiLm+1amuTOnndly/nY2vDCyBiRxphECIiinsF4p5MeM+J+fuOiWIxYzl\
        1GMjH5Rzf5cOz6JtDboiSdHssJLm725r/a0UqrampzNngdhyfnY8ZoWTsWORMopiBfoWcXesUrteWncrSOhnrzsLJIntOnMc09tc\
        CCCD2CFwVgfYr8XR4PmuG5xShl9WcjNW+4RvMbbELWiNzpCSA58WmhgDeq7ndku1H66Q028zUqkdpiY3JxT2XkqdzVFuu6pO6F3T\
        x0CIisyIEREAREQBERAFp/4GcbrYPxzxN2B8r5czdt3rAkILWvbKa4DNAab+K7D3s7Lu9aAzAWn/AIGckrZzxzxNKBkrJcNdt0bB\
        kADXPdKbALNE7b+LDB3o7DutaJwL603+mt28t6Z+ML98GS6Bt/Vrn+K47oUOiItHmwwiIgCIiAnjzz43Wznjnlrs75WS4a7UvVxG\
        QGue6UVyH7B238WHnrR2G962DmAtP/PPklbB+OeWpTslfLmbtSjXMYBa17ZRYJfsjTfxXeOtnZb1rZGYC3h9F7/TXbuW9cfGE++T\
        Xev7f1aY/ime6/YIiLPTGwiIgCIiAIiIArA+ur5RjwfNczwe7NL6s5GLVBpkeY22IWuMjWxgEBz4tuLyW9V2t7JbqP13oX7OLvV7\
        tKxLTuVpGzQWIHlkkT2nbXtcO2uBAII7BCrNSos1KpJVeuNycF9l5ovcl1LDqk7Zm9PHU2/ReKeM/kxifn7jpilEWM5dRjByGLa7\
        +XDoe+HZ26IkjY7LCQ129tc/2tc32qs1OZ0E7cOT87G14ZmTsSSNcooREUU9giLxTyY8mMT8A8dEUQiyfLr0ZOPxbnfy0dj3zaO2\
        xAg6HReQWt1pzmSqtWa5M2CBuXL+djxmmZAxZJFwiEyfYr8ox5zmuG4PSml9WDjNq+0SPEbrEzWmNroyAC5kWnB4LurDm9EO3H67\
        379nKXrF27YluXLMjpp7E7y+SV7jtz3OPbnEkkk9klcF0hptFmm1I6rFztTivuvNV7mqLdh1ud0zuvjoERFZkQIiIAiIgCIiAIiI\
        DvQv2cXer3aViWncrSNmgsQPLJIntO2va4dtcCAQR2CFXPxd9ivI8HDDS5xhouTRexgdk6Tm1bTWF7jI50Yb65HBpaGtb6h/HZJd\
        +hH6KsvabU1JiMtRo7HJeqfCpxJde3PUduhdjx2NP+N+efxFnKL57uWyHHpWyFgq5LHSvkcNA/sGASt/J2R24HbT1rRLknnn8RYO\
        iyellshyGV0gYauNx0rJGjRP7JnETfyNAdOJ24da2RmAixX9l6bv3bn49spjxn+y69ft7cYb84X/AHBYHyj9ivI85DNS4PhouMxe\
        x4bk7rm2rTmB7TG5sZb643FocHNd7R/fRBb+jI1+/Zyl6xdu2JblyzI6aexO8vkle47c9zj25xJJJPZJXBFlVHTammsVlWNG55r1\
        X5VeJS2Lc9t26Z2fHYIiKzIgREQBERAEREAREQBERAEREAREQBERAEREAREQBERAEREAREQBERAEREAREQBERAEREAREQBERAf/Z
        """
    /// A QR code of a WeChat personal card link (`https://u.wechat.com/…`) (qr-wechat-personal.png).
    static let qrWeChatPersonal = """
        iVBORw0KGgoAAAANSUhEUgAAAHsAAAB7AQMAAABuCW08AAAABlBMVEUAAAD///+l2Z/dAAAAAnRSTlP//8i138cAAAAJcEhZcwAA\
        CxIAAAsSAdLdfvwAAAFuSURBVEiJ1dVBboUgEAbgMSzYPS5A4jXYcSW9gMoF9ErsvAYJF5CdC+L0t33tS7phumiaEhPNt2CGYUDi\
        b4P+MxxEk0uT7rdInQwK14no4e2841sG0Q4+L9SHnUY56NqdNP4IXL8hphy4jqwCK36l3gDUY9zt/bwK1ACMEqvhHF7b0IASadLW\
        IHikWQYYISJm3mIyMrg8MkU9FLMVwuE4YGWM4M/VtoEweIv58oplUBi9YMmTiRxkcBFKrvjMh36m3gavDlfHk0inWQaFUxfT4Co5\
        O0qhX4kXZx+UOhlceJ9q9XZyn6m3Ia8uX4SZSAjIdEZrnzQ4VWRwUH8QrxoblUYZlD2ZkxeNOaoRQkQ0NF0+/LPqbdjtzBXFQ/wg\
        g/vMcc8Rh9t2MkCfzmcyuwr3ZCIo7we0O7GxX9dnC+5bqhosjlQQA47pghuX+yKGwauLqol1FgLudY1k0XckBNRjcGjSSvSxt234\
        lf/cn8AbMVM4n5u4T7kAAAAASUVORK5CYII=
        """
    /// A QR code of a WeChat group link (`https://weixin.qq.com/g/…`), black on transparent
    /// (qr-wechat-group-transparent.png).
    static let qrWeChatGroupTransparent = """
        iVBORw0KGgoAAAANSUhEUgAAAG8AAABvAQMAAADYCwwjAAAABlBMVEUAAAD///+l2Z/dAAAAAnRSTlP/AOW3MEoAAAAJcEhZcwAA\
        CxIAAAsSAdLdfvwAAAEkSURBVDiN1dSxjcUgDABQIwq6nwWQvAZdViILJD8L5K9ExxpIWQA6ChSfE+n/0zUxuuZ0VpoXyYoNdoB+\
        BPwPZgAPuAYLgCILNW/SEttCHQx2Bv2K1psuTiHN0Do5j01V20Vqs0se7KfIG3K/U7T8fNq/IUd2Fsz3wd6whPQwoCJ/DkVmh6U2\
        FUBRB4HjbHkIJJLq/nR7iTBdufc8DGfxG9oMyXSaAm7QloAiic4zPweggyXozFdZ01JJZkxTbbNBLkzkYWglrp8Lk1n46isMsako\
        kwLnnhO7dPDgOYE0RAAjk6MQrhHzewhveO0vD5X1jkSe+wtJBcwjyuQtM7gSqNBFD3pz+jl2cYpU6v6KHaRrZSqnk8izX2cfoI8O\
        /tUP+ff8Au3WDTvKY455AAAAAElFTkSuQmCC
        """
    /// A QR code of a QQ group link (`https://qm.qq.com/q/…`) (qr-qq-group.png).
    static let qrQQGroup = """
        iVBORw0KGgoAAAANSUhEUgAAAG8AAABvAQMAAADYCwwjAAAABlBMVEUAAAD///+l2Z/dAAAAAnRSTlP//8i138cAAAAJcEhZcwAA\
        CxIAAAsSAdLdfvwAAAEsSURBVDiN1dSxjcUgDABQRxR0yQJIrEHHSmSB8LPA/yulYw2kLAAdBcLnfP0ouuJiitNJh1LkIRGwsQP4\
        bcD/YAKYtzgaBaBZZqwORLLKYwc35TedQ3WyizPWqahOLpYW1i5iXeS+luuQNzziDYqeK/yfSSMZfMgrsTfMlEYQT1CL0Syb1a9j\
        pg7IM5foUWTaZUOWzSIGSjv4z6fuiCVSGkfYnxJ5om5SOTiulWWyR7wPI3IPJR2szhingiwzxjnUIewPw7NJkQyVlm7AM4foAwwo\
        1sATC75CXAxtx7MZWkvvAJInjRxwDTqdRXhDqlhn6Y6UM8jy3b9x2nSyHaT+LbpZGILuobN7M+JzCxwp2IWK/Fx7x6N/1UAteYZw\
        w3f/Rr/B2ME/+wP/Gr8AY9oq2B7TSykAAAAASUVORK5CYII=
        """
    /// A QR code of an outside web page, `https://shop.example.com/promo?from=mp` (qr-external-link.png).
    static let qrExternalLink = """
        iVBORw0KGgoAAAANSUhEUgAAAG8AAABvAQMAAADYCwwjAAAABlBMVEUAAAD///+l2Z/dAAAAAnRSTlP//8i138cAAAAJcEhZcwAA\
        CxIAAAsSAdLdfvwAAAEnSURBVDiN1dSxjcUgDABQRyncJQsgsUY6VoIFkv8XSFai8xpILAAdBfo+5+vuf11xgeJ00lkpeEUENjbA\
        3wL+BxOAhZhAAegmM1fHOlPduINebRQ2qha76ApY08sV+Sh95Loukf37kBeUfB0p+V7pX1BCKmPhXdgLZh9mjjcj2+kmE/KOUvbg\
        uE3Jd/AxU5g9N5lAy++H1/yZ7zUDoFqNbMdNStypAtTN6yazr5OJuYShi6NUciN9FG4yYRiKcn68LW0+UO+oZhp3aFMaewKYMDhq\
        k0vcEcDoewcf0icYLABgm2dfLfq8qVcT/syzY2V2vLILN/mc3zCTTqaDMr8saxioi67Eo4w3o3t4To1cKHVQ5hdj5nH/SuGC52tm\
        xsN38c9e4F/jBxsbKIY2yHvHAAAAAElFTkSuQmCC
        """
    /// The same code as a grayscale JPEG (qr-external-link.jpg).
    static let qrExternalLinkJPEG = """
        /9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZGNywtQFdBRkxO\
        UlNSMj5aYVpQYEpRUk//wAALCABvAG8BAREA/8QAGgAAAwADAQAAAAAAAAAAAAAAAAUGAwQHAv/EAEMQAAEDAgQEBAIFCAgHAAAA\
        AAECAwQFEQAGEiETIjFBBxQyURVhFiNCgZEXMzZWcXSy0yRSVIKTodLxJ2Jmg5Kxs//aAAgBAQAAPwDp2DBgwYMGDBgwYMGDBiaz\
        dmpzLbsBpmmqnOTVLShCXNJuNNgBpNydWFP05r36jVL8XP5eMUnxCq8RhT8vJs5hlFtTjri0pFzYXJbt1OGVbzq5S6fRJDNJVKcq\
        zQWhlL1ikkIISOU6jz26DpjS+nNe/Uapfi5/Lw+bzH5nMMaBTonnYLqCXKgw5raZWAo6CQCL7J7j1D79fN2anMtuwGmaaqc5NUtK\
        EJc0m402AGk3J1YRI8RqmuauEjKEtUptOpbAdUVpG25Tw7gbj8Rhwc2y2cpTK5OoT8RyM6ECK8spKwSgarlI25j27YWNZ9rbzSHW\
        clVBxtaQpC0qWQoHoQeHuMevpzXv1GqX4ufy8PsoZj+k9KdneU8rw3yzo4mu9kpN72H9b/LD3BiEz/8ApVk/99P8bWEWds45gpWb\
        JsGBUOFHa4ehHBbVa7aSdyknqTjKazUK34S1mVVJHHeRKQ2lWhKbJCmjayQB1Jw78xRGafkpFWhvvynGmRCW2SA0uzW6uYbXKex6\
        HG5W6zUMs1Z+qVaRxqE9pZjxmEJLqHCkG5uBtyr+0eo29uezM4CmOhjJRfp1PUnW4082hZU70KrqKjbSEjr26Ys6zWqLGpWWKnmS\
        JJlzFMJkMOM2GlzS2pRICkjc6drEbY2MrRHKnmmVnFgpTT6hH4TTazZ1JSUJOoC4tdtXQnqMbniT+glS/wC1/wDVGJjM2YarQcq5\
        V+FSuBx4Q4n1aFatKG7eoH3OMvhxmmt1uvvxapN47KIqnEp4SE2UFoF7pAPQnG94QforK/fV/wACMXeDHP8AxJkNRK/lWVIXoZZl\
        KccVYmyQtok2G/QYWVs+Htbqz9Sl12ch57TqS00oJFkhItdsnoPfGvU6jlSBkOo0WhVR+S5IdQ6lLzagSdSL76Ei1kYqnqhEYyDT\
        aY67pmVSliPEb0k8VwtJSBe1hupO5IG+JjL1Pl0BfDorXmM1pQUzYL6hwmmSQQoKBSCfzXRZ9R29qpecC5NRUIRYcyw0nRMmltYW\
        27vZITcKIupvok+o7+2SmnL1AqHnW575czK6l1kOJJCyTcabJ5R9aPV8vniYzzIreZMwSsr0+Gw83CUiSkghC7aBe5UoC13Owv0w\
        7zjWafW/DqqSqXI47KFttqVoUmyg42bWUAehGEUmdkqt0CiRavWJLD0CKlspZaXsooSFAkoINintjPluZkHLdQcmwa5LccW0WiHm\
        lkWJB7NjflGGPhB+isr99X/AjF3gxK5xqtMp9Qo8eq0qJMbmOqRxpOm0cXQCrmSdua53HpxOz69REVuRTqNkqn1dLKQoOxUIWFAg\
        EmyWzsCbdeuGmZPKUeoNx4OQGKm2poLLzMUWSSSNOzZ32B698Kf07/6b+j397Rf/AMOHo4X+1sEDJ/m6k6/TvEDjzlo+scYVqdKB\
        YbkO3tsn/LB8I+G/8PePxfiv9L89o08K2+nh33/M9dQ9XTbdDnadPZ+FU5yDJh/B9bEeWrUnzGjQkOI2FvQDsT6hvjYoNKbnxUVl\
        /PiafUJCVJdC3rOgBVgFKLgJBCUnf5YvcyTqDlqhSWfI01d9Lnw76tvjXUBq02N7Wvex9PyxiWjLLdAjVFyh0hMiXFD8eIppsLeW\
        UBQbRy3UbkDYdxtjTkeUZyzFqiMgMOSn3ShcERRraF1cx+rvblHYeoYZ5EqsSsUV6RBpTFMbTIUgss2sohKTq2SN9wOnbFLgxzjx\
        YXGRUMurnNqcipdcLyE9VIu3qA3G9r9xiHcryaVmGTOylxYEdxAbQl1KVqCbJKgdWrqpN+uOiZTqmYsxZKnPM1BoVQSuGy+62kJS\
        kBskEBJHQq7HriWqUet5OqGusTGH4tbdUZ6IwBLyAecbpTpJDiraSOvbbGLL6JM/OE05EcTTGzHukSuYhA0BQ3C9yrf9n4Y6JOy/\
        LkZ/p1fQ4wIsWOWloKjrJIcGwta3OO/vhJWo7We6+zFio0s0OUpucmQSjipUsAhBTcnZtXXT1H3S1TjZZoWfKjEqdOfdprbSA0yy\
        tRKVlKFXuVg23V374bVilSPEiUms0NbTEdhAiqTMJSsrSSokBIULWWO/viiy/lSeny/0pejTfhvD+G8FSk8DT1vYJ1elHW/T8ctb\
        gZ3eqz7lFrEGPBVp4TTqAVJ5Re/1Z73PXGfIkiiSKK8vLsN+JFEhQWh4kkr0pufUra1u/bFLgxJ52ptAqkqlRa5NkxnnFrbipZH5\
        xSigEE6VAb6etuuJOpZbyDSp7kGfW6k1IatrRp1WuARuGiOhGKrO2WqDPJrVdmS4zcdpLSlMkEAajbbSo3uvHLqfQU1KqzHIXFdo\
        sJ/VIk6kpWiPqPPY7k6Ek2CT06dsXeQaCmFmeTU6VxXqE9FLcaU6pOpatSNQKdiOZKxukdMeqxR6dSsuSsm0d99+pVBSZLLDxF1g\
        KTfmsEgWaUdzfb5jCmoVfONNpUPLk2kwWkzWPIx+bUtY0hHUOWB5hubDfA3V845Iy9GjyaTBbhtrLaHHVa1FSipdjpc/b27Ysc55\
        uj5dhuMsutGqFCXGWHW1lKkldiSRYdAruOmJ/LtRyo81MYVVHxUMxJSiW0G1WQ6vUClB0WA1OEC5PbfExKluZAzpPaowS+lDSWh5\
        oajZSULPp073/wAsdJyJmCXmSivTZzbDbiJCmgGUkCwSk9yd+Y4pcGILxLTLZqFBqcaC/Kbp7rkh3hoJCQktq5lAHSOU7n2OJCJD\
        /KJnKc9xPh2tgPWtxraQhFvs9euN95FXp9ZYLEudnGlhBLyEFbrClnUAhVitN08qt/l8jjVm1GRXpSINJozuX47ayzU1xgQhKFGx\
        LwSlIASAv1f83TfGWfSZ9LprTeWM3SaqpK7eTp61XbQbkr0oWqwvYdOqsZadJkP+GlUrL77rlUjyktszVrJfaQS1dKXDzAcytgft\
        H3OKeJWo8qLllDdNarkgoaEiQlQdXBWQi61myikk3O5HoPtskrlVls+IdTjLpT9eioaQUQDdaGjobPECdKgDuRe32jvvjTyHWo9V\
        qbNIrlNaqkiQtZTNmKDq20BGoIGoE2uk9x6jjBTp7dDzJmF1nLCam3HmKUhaW7CGELXYg6DpH4en5Yz51q9Ir2UYdTYYgsVR+UOM\
        2haFPpQkLSNRACrbJ6j2+WOrQ4USA0WoMViM2VaihlsIBPvYd9h+GM+DCTMVPq1RdhsQZLDdPUpSKi051eaOkFKTpJB06xsR1G/t\
        LOU+J4fZhk15TVqRIQIrDDCit1KyEqJOsgWu2r7R6j7mMxcahOjKWVW1QalOT5ll1fO0k/a1FRUblLZHpI6ftxOZYRJRT8/InOJc\
        lJaWHlp6KXZ7URsNr37DE7kSPW5FaeRl2YxElCOorW8AQUak3HpVve3bthSzWagzRn6Q1I0wZCw441oSdSuXe9rj0p79sO8nZoZy\
        5T6wgpf81LaSIy20JUELSF2KrnpdQ7Hvix8O6fVptTczZUpLDyZ8dTW2y7pWlIukJCQLN9vlhTTaCqrz267kDhUtmNdkiYpSl8Sx\
        1EA6xYpWB17HbvjEuqx2q/Go0FDrcidKEWvKUAUS1lYSooJJKQSp30hPqH3bVOytRHvEuqUh2Fqgx4qXG2uKsaVWa3ve59Su/fHU\
        8GDCTNFWo0CnqhVuYqM3PacaBShSiRayrWBsRqHXHOPhfht+sFS/wz/Kw2jzMgx8syqAiuSzFlOh1ay0vWCCk7Hh2tyDt741fESI\
        3Ip+UoVJKn23Gi1FKjYuAhoIve1idutvuwujSGsiMJeYXfMpuzLhvgrabbUdQIKbC9g39o+o7ezRlqm5zoz+Z81yHYXk1iKTDFka\
        OUgkEKJOpwjb5Y8eIkRuRT8pQqSVPtuNFqKVGxcBDQRe9rE7dbfdiCqVPl0qe5BntcKQ1bWjUFWuARuCR0IxVZWy1QZ+VpVarsyX\
        GbjyOEpTJBAFkW20qN7rxr52y5SqJFpUqkSJL7M9C3Ap4jdICCkgBIIuFd8YKDIreVYqMyRobCostKoyHHiFAnVc8qVBQN2z12x2\
        LLcityKe4vMUNiJKDpCEMkEFFhY+pW979+2G2DEF4iNtvZkyk08hLja5hStChcKBW1cEdxhdmTMVBoNdk0z6HU1/gafrNLadWpIV\
        04Z9/fGKoSKRW/DeqVWJl+DTnmX0MpLTaCoczZJCgkEXCrYd/ColQp+SpEmqsQ3IbTK2mXLXkGzR0puob8oGwPqGKKqwsuoUZtZi\
        0tKnFBJflNtgqNthqV1Nh+AxD/CPpT/R+P8ARXicnwfRbzGnm42i6L+19J/N9dtvTTbmWXUNMoVnFxlQShCRqNMKOgA59BV/d/N9\
        7bMYFLgSak7m3M6I0NM9HB8hUG0gMrTZIOpdrkhsn0jZX4x2UM0fD6U7Qvo/8X8y+XuFqvq5U7aNCr20X/2x5zLXm80VClUx6Cmi\
        txHTHXqXcMhRSk3TZOkJ09P/AFi4yqzHU2nLL9OaqdLhoU8zU1thbD6yq5CQQU3GtSdlH0n52r4c2JPaLsGUxJbCtJWy4FgH2uO+\
        4/HGfBiEz/8ApVk/99P8bWNHNvh/V63mWXUokiChl7RpS6tYULISk3skjqPfHibl+XlvwqrEKc4w44uQh0FlRIsVtDuBvynGWvUe\
        ozcoZbq1OfYaVR4AkqLhN7httQ0ixBPIeu3TExDk5mz+6aS9UWFpZT5mzyEti45eqEXvz/sx0mdIoic/05iRDfVWFRyWJAJ0IRZy\
        4I1ddl/ZPUfcSJFEyrWmUNw30yq/IspbZKgV6hurUrYXc7D3+WCfl+XWa3IRXHGJNB0hcaKFFC0OgAaiUgG26/tHqNvaF8LpFETV\
        WGJEN9VYU64WJAJ0IRw9wRq67L+yeo+7ZpFJo0+tZym1uGqS3AkOOgJWpJA1OlVrEXJ0jrhlTa8mgQG6w3xU5UfuzChISlT7TlyV\
        FRPa6HD6z6ht7P8AImX5eW6K9CnOMOOLkKdBZUSLFKR3A35TilwYRZnypAzP5bz70lvy2vRwVJF9Vr3uD/VGEP5KqD/a6l/iN/6M\
        H5KqD/a6l/iN/wCjDasZKplYp9NhSX5aW6c1wmi2tIKhZI5rpO/KOlu+G1EpUeiUlimxFurZZ1aVOkFRuoqN7ADqfbCKieH9IolW\
        YqUSROW8zq0pdWgpN0lJvZIPQ++G1Hy/Eo9QqU2M4+pyou8V0OKBCTdR5bAbcx637YU1vw/pFbqz9SlyJyHntOpLS0BIskJFrpJ6\
        D3wUTw/pFEqzFSiSJy3mdWlLq0FJukpN7JB6H3xvxsqQI3xvhvST8a1eY1KTy6tV9G23rPW/bGvIyVTJGWYtAW/LEWK6XULC06yS\
        VHc6bW5z29sUuDBgwYMGDBgwYMGDBgx//9k=
        """
    /// A QR code of a mini-program URL link (`https://wxaurl.cn/…`) (qr-miniprogram-link.png).
    static let qrMiniProgramLink = """
        iVBORw0KGgoAAAANSUhEUgAAAG8AAABvAQMAAADYCwwjAAAABlBMVEUAAAD///+l2Z/dAAAAAnRSTlP//8i138cAAAAJcEhZcwAA\
        CxIAAAsSAdLdfvwAAAEiSURBVDiN1dQ9boYwDAZgSxmywQWQfI1suRJcgJ8LwJW85RpIXCDZMkS4pv1E26E4yzc0yvIMCPzaBvjX\
        gf/BCNA7aFwBQJWJyxD2lsrEFaSuB5i49LaKUy4NdJXs4VhdqSKX0e5T6O6PfKDUO4RO7l3+A68jxYYfwf7NlAGcXJMIVZ4eVycl\
        m4VYp90lmdGaFHRGMNFLkhw9quQsD+6jezX0mdEfJ+B5T47C0viuJV6CTiZcLQwkyetMLD3ijc3qWSeZTTLMmEhnlLcw9MDzV1YK\
        zWzNck0XV3AHyccCgE45iU1ijF7ntb9wzLI4FfzcXxkATBl1ypZ5s8jcvpJUWQY6tlzFiaRNMt6oUzJ0peXSWJ3X/pLM4Xf5D3zf\
        L/dd/ABGDxDjhIImJAAAAABJRU5ErkJggg==
        """
    /// A QR code of plain text, 会员卡号 1002 3456 (qr-neutral-text.png).
    static let qrNeutralText = """
        iVBORw0KGgoAAAANSUhEUgAAAGMAAABjAQMAAAC19SzWAAAABlBMVEUAAAD///+l2Z/dAAAAAnRSTlP//8i138cAAAAJcEhZcwAA\
        CxIAAAsSAdLdfvwAAADuSURBVDiNzdS7jcQgEAbgQQ6cHQ0g0QaZWzINmKWB25bIaAOJBiBzgDw3SHt3m9iDNljtRHyWLB7/AOBz\
        wQerAKz0LYDgVLGtJolIA05B2Zh9BDugzWAdkw1NjgibizTJ38pORfuzpP/dnorqMPrpBE9VdwDIt0UJTsesCyS7o2cFSezZB5Cc\
        asj3oJEOmFMxyqH+Nhk5VZzKkvvfnAq1wD7dluY41agPaF/mkcqVMK1zA9CsqIqZPCrJqWcb0EflOPW+7nEpy4p6ECleJQdEq7ao\
        64CoWyX+5nchbNvcXODV7/ScBE6V07tfotf0A9u2u+EFzZStAAAAAElFTkSuQmCC
        """
}
