import PorticoFormats

/// `portico widgets wordpress-plugin`: a small WordPress plugin for one site. A shortcode per widget
/// (`[portico_events limit="3"]`) prints the widget's element; the widget scripts are bundled in the plugin
/// (WordPress.org's guidelines ask plugins not to load executable code from elsewhere) and only the JSON comes from
/// the site, whose address is a setting (Settings › Portico widgets), defaulting to the site's `baseURL`.
public enum WordPressPlugin {
    public static let folder = "portico-widgets"

    /// The plugin's files, ready to zip under `portico-widgets/`.
    public static func files(siteURL: String, organization: String) throws -> [(path: String, bytes: [UInt8])] {
        var files: [(String, [UInt8])] = [(folder + "/portico-widgets.php", Array(php(siteURL: siteURL, organization: organization).utf8)),
                                          (folder + "/readme.txt", Array(readme(siteURL: siteURL, organization: organization).utf8))]
        for script in try WidgetScripts.files() {
            files.append((folder + "/js/" + script.path.dropFirst("widgets/".count), script.bytes))
        }
        return files
    }

    public static func zip(siteURL: String, organization: String) throws -> [UInt8] {
        ZipWriter.archive(try files(siteURL: siteURL, organization: organization))
    }

    /// A PHP single-quoted string literal: only `\` and `'` need escaping there.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }

    /// Text for the plugin header comment: no `*/` can end it early, no line break can start a new header field.
    static func headerText(_ text: String) -> String {
        text.replacingOccurrences(of: "*/", with: "* /").split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    static func php(siteURL: String, organization: String) -> String {
        var shortcodes = ""
        for widget in Widget.all {
            let allowed = widget.attributes.map { quoted($0.name.replacingOccurrences(of: "-", with: "_")) }.joined(separator: ", ")
            shortcodes += "add_shortcode('portico_\(widget.name.replacingOccurrences(of: "-", with: "_"))', function ($atts) {\n"
            shortcodes += "    return portico_widgets_element(\(quoted(widget.tag)), array(\(allowed)), $atts);\n});\n"
        }
        return """
        <?php
        /**
         * Plugin Name: \(headerText(organization)) widgets
         * Description: Shortcodes showing \(headerText(organization))'s events, jobs, directory, help search, courses and sponsors, read live from \(headerText(siteURL)).
         * Version: 1.0.0
         * Requires at least: 6.3
         * Requires PHP: 7.4
         * License: MIT
         * Text Domain: portico-widgets
         */

        if (!defined('ABSPATH')) {
            exit;
        }

        define('PORTICO_WIDGETS_DEFAULT_SITE', \(quoted(siteURL)));

        /** The site whose data the widgets show, ending in a slash. */
        function portico_widgets_site_url() {
            $url = get_option('portico_widgets_site_url', PORTICO_WIDGETS_DEFAULT_SITE);
            return trailingslashit(esc_url_raw($url ? $url : PORTICO_WIDGETS_DEFAULT_SITE));
        }

        /** The bundled loader, deferred, told where the data lives. */
        function portico_widgets_enqueue() {
            wp_enqueue_script('portico-widgets', plugins_url('js/portico.js', __FILE__), array(), '1.0.0', array('strategy' => 'defer', 'in_footer' => true));
        }

        add_filter('script_loader_tag', function ($tag, $handle) {
            if ($handle !== 'portico-widgets') {
                return $tag;
            }
            return str_replace(' src=', ' data-portico-site="' . esc_attr(portico_widgets_site_url()) . '" src=', $tag);
        }, 10, 2);

        /** The widget's element with the shortcode's known attributes; `show_past="yes"` becomes the bare `show-past`. */
        function portico_widgets_element($tag, $allowed, $atts) {
            portico_widgets_enqueue();
            $atts = shortcode_atts(array_fill_keys($allowed, ''), is_array($atts) ? $atts : array());
            $html = '<' . $tag;
            foreach ($atts as $name => $value) {
                if ($value === '' || $value === null) {
                    continue;
                }
                $attribute = str_replace('_', '-', $name);
                if ($attribute === 'show-past') {
                    if (in_array(strtolower($value), array('yes', 'true', '1'), true)) {
                        $html .= ' show-past';
                    }
                    continue;
                }
                $html .= ' ' . $attribute . '="' . esc_attr($value) . '"';
            }
            return $html . '></' . $tag . '>';
        }

        \(shortcodes)
        add_action('admin_init', function () {
            register_setting('portico_widgets', 'portico_widgets_site_url', array(
                'type' => 'string',
                'sanitize_callback' => 'esc_url_raw',
                'default' => PORTICO_WIDGETS_DEFAULT_SITE,
            ));
        });

        add_action('admin_menu', function () {
            add_options_page('Portico widgets', 'Portico widgets', 'manage_options', 'portico-widgets', 'portico_widgets_settings_page');
        });

        function portico_widgets_settings_page() {
            if (!current_user_can('manage_options')) {
                return;
            }
            ?>
            <div class="wrap">
                <h1>Portico widgets</h1>
                <form method="post" action="options.php">
                    <?php settings_fields('portico_widgets'); ?>
                    <table class="form-table" role="presentation">
                        <tr>
                            <th scope="row"><label for="portico_widgets_site_url">Site address</label></th>
                            <td>
                                <input name="portico_widgets_site_url" id="portico_widgets_site_url" type="url" class="regular-text"
                                       value="<?php echo esc_attr(portico_widgets_site_url()); ?>">
                                <p class="description">The association site the widgets read their data from (its JSON API under api/v1/).</p>
                            </td>
                        </tr>
                    </table>
                    <?php submit_button(); ?>
                </form>
            </div>
            <?php
        }

        """
    }

    static func readme(siteURL: String, organization: String) -> String {
        var lines = ["=== \(headerText(organization)) widgets ===", "Requires at least: 6.3", "Requires PHP: 7.4", "Stable tag: 1.0.0", "License: MIT", "",
                     "Shows \(headerText(organization))'s events, jobs, directory, help search, courses and sponsors on this WordPress site, read live from \(headerText(siteURL)).", "",
                     "== Installation ==", "", "1. Plugins › Add New › Upload Plugin, choose this zip, Install Now, Activate.",
                     "2. Settings › Portico widgets: check the site address.", "3. Put a shortcode in any post, page or widget area.", "", "== Shortcodes ==", ""]
        for widget in Widget.all {
            lines.append("[portico_\(widget.name.replacingOccurrences(of: "-", with: "_"))] \(widget.summary) Attributes: "
                         + widget.attributes.map { $0.name.replacingOccurrences(of: "-", with: "_") }.joined(separator: ", ") + ".")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
