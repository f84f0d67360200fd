package org.tclifecycle.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * A hostile client on a raw socket: it announces (or streams, chunked) a body far larger than it would be
 * reasonable to build in memory, produced piece by piece, and reads the answer the server gives while the
 * body is still being sent. Test-side only.
 */
final class RawHttp {

  record Answer(int status, String headers, String body) {}

  private RawHttp() {}

  /**
   * POSTs a body made of {@code head}, then {@code filler} repeated, then {@code tail}; {@code length} is the
   * announced Content-Length, or -1 for chunked transfer.
   */
  static Answer post(int port, String path, String user, String contentType, long length, String head,
      Supplier<String> filler, long fillerRepeats, String tail) throws IOException, InterruptedException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(120_000);
      OutputStream out = socket.getOutputStream();
      StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n")
          .append("Authorization: Basic ").append(Base64.getEncoder().encodeToString((user + ":Demo-2026!").getBytes(StandardCharsets.UTF_8)))
          .append("\r\nContent-Type: ").append(contentType).append("\r\nConnection: close\r\n")
          .append(length >= 0 ? "Content-Length: " + length + "\r\n" : "Transfer-Encoding: chunked\r\n").append("\r\n");
      out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
      out.flush();
      boolean chunked = length < 0;
      Thread writer = new Thread(() -> {
        try {
          write(out, head, chunked);
          for (long i = 0; i < fillerRepeats; i++) {
            write(out, filler.get(), chunked);
          }
          write(out, tail, chunked);
          if (chunked) {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          }
          out.flush();
        } catch (IOException serverStoppedReading) {
          // the server answered and closed the connection before the whole body was sent: what we test
        }
      });
      writer.setDaemon(true);
      writer.start();
      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      String statusLine = in.readLine();
      StringBuilder headers = new StringBuilder();
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        headers.append(line).append('\n');
      }
      StringBuilder body = new StringBuilder();
      char[] buffer = new char[8192];
      for (int n = in.read(buffer); n > 0 && body.length() < 1_000_000; n = in.read(buffer)) {
        body.append(buffer, 0, n);
      }
      writer.interrupt();
      return new Answer(Integer.parseInt(statusLine.split(" ")[1]), headers.toString(), body.toString());
    }
  }

  private static void write(OutputStream out, String text, boolean chunked) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length == 0) {
      return;
    }
    if (chunked) {
      out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    }
    out.write(bytes);
    if (chunked) {
      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
  }
}
