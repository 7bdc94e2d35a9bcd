package dev.fluentcrm.bench;

import java.nio.file.Path;

/** The POMs and sources of the consumer projects {@link ConsumerBuild} builds. */
final class ConsumerProjects {
    /** One endpoint a site plugin adds, returning a model of its own that holds a base spec's model. */
    static final String OVERLAY = """
            openapi: 3.0.3
            info: {title: Loyalty points, version: 1.0.0}
            tags:
              - {name: Loyalty, description: Loyalty points a site plugin keeps per contact.}
            paths:
              /loyalty/{subscriber_id}/points:
                get:
                  tags: [Loyalty]
                  operationId: getLoyaltyPoints
                  summary: Get a contact's loyalty points
                  parameters:
                    - {name: subscriber_id, in: path, required: true, schema: {type: integer, format: int64}}
                  responses:
                    '200':
                      description: The points.
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/LoyaltyPoints'}
            components:
              schemas:
                LoyaltyPoints:
                  type: object
                  properties:
                    points: {type: integer}
                    contact: {$ref: '#/components/schemas/Contact'}
            """;

    private ConsumerProjects() {}

    /** The class using the client; a project run with other JVM options has its base project's. */
    static String source(ConsumerBuild.Project project) {
        return switch (project.base()) {
            case EMPTY, OURS_DEFAULT -> """
                    package com.acme.app;

                    import dev.fluentcrm.client.FluentCrmClient;

                    public final class Crm {
                        private Crm() {}

                        public static Object tags(FluentCrmClient crm) {
                            return crm.tags().list();
                        }
                    }
                    """;
            case OURS_OVERLAY -> """
                    package com.acme.app;

                    import com.acme.fluentcrm.LoyaltyApi;
                    import dev.fluentcrm.client.FluentCrmClient;

                    public final class Crm {
                        private Crm() {}

                        public static Object points(FluentCrmClient crm) {
                            return crm.extension(LoyaltyApi::new).getPoints(7L).contact();
                        }
                    }
                    """;
            case OURS_FULL -> """
                    package com.acme.app;

                    import com.acme.crm.FluentCrmClient;

                    public final class Crm {
                        private Crm() {}

                        public static Object tags(FluentCrmClient crm) {
                            return crm.tags().list();
                        }
                    }
                    """;
            case PEER -> """
                    package com.acme.app;

                    import com.acme.peer.api.TagsApi;

                    public final class Crm {
                        private Crm() {}

                        public static Class<?> tags() {
                            return TagsApi.class;
                        }
                    }
                    """;
            default -> throw new IllegalArgumentException(project.name());
        };
    }

    /**
     * How the peer runs in the build: OpenAPI Generator's own Maven plugin, or, when that plugin
     * cannot be used, its command line's main class in the Maven JVM through {@code exec:java}
     * (same generator, same JVM, the output added as a source root).
     */
    enum PeerRunner {
        MAVEN_PLUGIN,
        EXEC_JAVA
    }

    static String pom(
            ConsumerBuild.Project project,
            String version,
            String peerVersion,
            PeerRunner runner,
            String jacksonVersion,
            Path spec) {
        String dependencies;
        String plugin;
        // A project run with other JVM options has its base project's POM, under its own artifactId.
        switch (project.base()) {
            case EMPTY -> {
                dependencies = dependency("dev.fluentcrm", "fluentcrm-sdk", version);
                plugin = "";
            }
            case OURS_DEFAULT -> {
                dependencies = dependency("dev.fluentcrm", "fluentcrm-sdk", version);
                plugin = ours(version, "");
            }
            case OURS_OVERLAY -> {
                dependencies = dependency("dev.fluentcrm", "fluentcrm-sdk", version);
                plugin = ours(version, "<overlays><overlay>${project.basedir}/loyalty.yaml</overlay></overlays>");
            }
            case OURS_FULL -> {
                dependencies = dependency("dev.fluentcrm", "fluentcrm-runtime", version);
                plugin = ours(version, "<packageName>com.acme.crm</packageName>");
            }
            case PEER -> {
                dependencies = dependency("com.fasterxml.jackson.core", "jackson-databind", jacksonVersion)
                        + dependency("com.fasterxml.jackson.datatype", "jackson-datatype-jsr310", jacksonVersion)
                        + dependency("org.openapitools", "jackson-databind-nullable", "0.2.7")
                        + dependency("jakarta.annotation", "jakarta.annotation-api", "2.1.1")
                        + dependency("com.google.code.findbugs", "jsr305", "3.0.2")
                        // The multipart upload of the import module.
                        + dependency("org.apache.httpcomponents", "httpmime", "4.5.14");
                plugin =
                        runner == PeerRunner.MAVEN_PLUGIN ? peerPlugin(peerVersion, spec) : peerExec(peerVersion, spec);
            }
            default -> throw new IllegalArgumentException(project.name());
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.acme</groupId>
                  <artifactId>%s</artifactId>
                  <version>1</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <dependencies>
                %s  </dependencies>
                  <build>
                    <pluginManagement>
                      <plugins>
                        <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version></plugin>
                        <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
                      </plugins>
                    </pluginManagement>
                    <plugins>
                %s    </plugins>
                  </build>
                </project>
                """.formatted(project.directory(), dependencies, plugin);
    }

    private static String peerPlugin(String peerVersion, Path spec) {
        return """
                <plugin>
                  <groupId>org.openapitools</groupId>
                  <artifactId>openapi-generator-maven-plugin</artifactId>
                  <version>%s</version>
                  <executions>
                    <execution>
                      <goals><goal>generate</goal></goals>
                      <configuration>
                        <inputSpec>%s</inputSpec>
                        <generatorName>java</generatorName>
                        <library>native</library>
                        <apiPackage>com.acme.peer.api</apiPackage>
                        <modelPackage>com.acme.peer.model</modelPackage>
                        <invokerPackage>com.acme.peer</invokerPackage>
                        <generateApiTests>false</generateApiTests>
                        <generateModelTests>false</generateModelTests>
                        <generateApiDocumentation>false</generateApiDocumentation>
                        <generateModelDocumentation>false</generateModelDocumentation>
                        <configOptions>
                          <useJakartaEe>true</useJakartaEe>
                          <hideGenerationTimestamp>true</hideGenerationTimestamp>
                        </configOptions>
                      </configuration>
                    </execution>
                  </executions>
                </plugin>
                """.formatted(peerVersion, spec);
    }

    private static String peerExec(String peerVersion, Path spec) {
        return """
                <plugin>
                  <groupId>org.codehaus.mojo</groupId>
                  <artifactId>exec-maven-plugin</artifactId>
                  <version>3.5.0</version>
                  <executions>
                    <execution>
                      <phase>generate-sources</phase>
                      <goals><goal>java</goal></goals>
                    </execution>
                  </executions>
                  <configuration>
                    <mainClass>org.openapitools.codegen.OpenAPIGenerator</mainClass>
                    <includeProjectDependencies>false</includeProjectDependencies>
                    <includePluginDependencies>true</includePluginDependencies>
                    <arguments>
                      <argument>generate</argument>
                      <argument>-g</argument><argument>java</argument>
                      <argument>--library</argument><argument>native</argument>
                      <argument>-i</argument><argument>%2$s</argument>
                      <argument>-o</argument><argument>${project.build.directory}/generated-sources/openapi</argument>
                      <argument>--api-package</argument><argument>com.acme.peer.api</argument>
                      <argument>--model-package</argument><argument>com.acme.peer.model</argument>
                      <argument>--invoker-package</argument><argument>com.acme.peer</argument>
                      <argument>--additional-properties</argument>
                      <argument>useJakartaEe=true,hideGenerationTimestamp=true</argument>
                      <argument>--global-property</argument>
                      <argument>apiTests=false,modelTests=false,apiDocs=false,modelDocs=false</argument>
                    </arguments>
                  </configuration>
                  <dependencies>
                    <dependency>
                      <groupId>org.openapitools</groupId>
                      <artifactId>openapi-generator-cli</artifactId>
                      <version>%1$s</version>
                    </dependency>
                  </dependencies>
                </plugin>
                <plugin>
                  <groupId>org.codehaus.mojo</groupId>
                  <artifactId>build-helper-maven-plugin</artifactId>
                  <version>3.6.0</version>
                  <executions>
                    <execution>
                      <phase>generate-sources</phase>
                      <goals><goal>add-source</goal></goals>
                      <configuration>
                        <sources><source>${project.build.directory}/generated-sources/openapi/src/main/java</source></sources>
                      </configuration>
                    </execution>
                  </executions>
                </plugin>
                """.formatted(peerVersion, spec);
    }

    private static String ours(String version, String configuration) {
        return """
                <plugin>
                  <groupId>dev.fluentcrm</groupId>
                  <artifactId>fluentcrm-maven-plugin</artifactId>
                  <version>%s</version>
                  <executions>
                    <execution>
                      <goals><goal>generate</goal></goals>
                    </execution>
                  </executions>
                  <configuration>%s</configuration>
                </plugin>
                """.formatted(version, configuration);
    }

    private static String dependency(String group, String artifact, String version) {
        return "    <dependency><groupId>" + group + "</groupId><artifactId>" + artifact + "</artifactId><version>"
                + version + "</version></dependency>\n";
    }
}
