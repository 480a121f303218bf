package shop.worker;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Report extends HttpServlet {
    private Connection connection;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String region = request.getParameter("region");
        try {
            Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery("SELECT sku, qty FROM stock WHERE region = '" + region + "'");
            while (rows.next()) {
                response.getWriter().println(rows.getString("sku") + " " + rows.getInt("qty"));
            }
        } catch (SQLException e) {
            response.sendError(500);
        }
    }

    static byte[] fingerprint(byte[] data) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("MD5").digest(data);
    }
}
